import type { Person } from '@northstar/shared';
import type { NewGoal } from '../tenant/generate-goals.js';
import { benchPeriods } from '../tenant/generate-goals.js';
import { BENCH_NOW } from '../tenant/tenant-bench.js';

/** Who and what the API benchmarks use, chosen from the generated tenant. */
export interface BenchSubjects {
  /** An individual contributor with several goals this quarter: "me" for the reads. */
  employee: Person;
  /** One of the employee's public goals this quarter. */
  goal: NewGoal;
  /** The tenant's admin (sees every goal). */
  admin: Person;
  /** A team goal of a department head this quarter: its subtree is one department's goals. */
  departmentRoot: NewGoal;
  /** Measured, active goals this quarter with distinct owners, for the write benchmark. */
  writable: NewGoal[];
  currentPeriodId: string;
}

/** Picks the subjects deterministically (the generator is seeded, so are these). */
export function benchSubjects(org: readonly Person[], goals: readonly NewGoal[]): BenchSubjects {
  const periods = benchPeriods(BENCH_NOW);
  const currentPeriodId = periods[periods.length - 1]?.id ?? '';
  const current = goals.filter((g) => g.periodId === currentPeriodId && g.state === 'active');
  const byOwner = new Map<string, NewGoal[]>();
  for (const g of current) byOwner.set(g.ownerId, [...(byOwner.get(g.ownerId) ?? []), g]);
  const managers = new Set(org.map((p) => p.managerId));
  const employee = org.find(
    (p) =>
      !managers.has(p.id) &&
      (byOwner.get(p.id)?.length ?? 0) >= 3 &&
      byOwner.get(p.id)?.some((g) => g.visibility === 'public'),
  );
  const goal = byOwner.get(employee?.id ?? '')?.find((g) => g.visibility === 'public');
  const heads = new Set(org.filter((p) => p.managerId === org[0]?.id).map((p) => p.id));
  const teamGoals = current.filter((g) => g.level === 'team' && g.visibility === 'public');
  const departmentRoot = teamGoals.find((g) => heads.has(g.ownerId)) ?? teamGoals[0];
  if (!employee || !goal || !departmentRoot || !org[0]) {
    throw new Error('the generated tenant is too small for the API benchmarks');
  }
  return {
    employee,
    goal,
    admin: org[0],
    departmentRoot,
    writable: distinctOwners(current.filter((g) => g.metric !== null)),
    currentPeriodId,
  };
}

function distinctOwners(goals: readonly NewGoal[]): NewGoal[] {
  const seen = new Set<string>();
  return goals.filter((g) => !seen.has(g.ownerId) && seen.add(g.ownerId));
}
