import { periodForDate, type Person } from '@northstar/shared';
import { benchPeriods, type NewGoal } from '../tenant/generate-goals.js';
import { BENCH_NOW } from '../tenant/tenant-bench.js';

/** One read to cost: who calls, what, and what it is over. */
export interface ReadProbe {
  name: string;
  path: string;
  caller: Person;
  /** What makes this read interesting (sizes, which goal). */
  about: string;
  /** A write the caller makes between the first and the second call (not measured). */
  writeBetween?: { path: string; body: unknown };
}

interface Picked {
  few: { person: Person; goals: NewGoal[] };
  most: { person: Person; goals: NewGoal[] };
  measured: NewGoal;
  rolledUp: NewGoal;
  department: NewGoal;
}

/** The reads of item 4 over the generated tenant, each by someone allowed to see it. */
export function readProbes(people: readonly Person[], goals: readonly NewGoal[]): ReadProbe[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const owner = (goal: NewGoal) => required(byId.get(goal.ownerId), `person ${goal.ownerId}`);
  const ceo = required(people[0], 'the CEO');
  const { few, most, measured, rolledUp, department } = pick(people, goals);
  const rows: [name: string, path: string, caller: Person, about: string][] = [
    ['me', '/api/me', few.person, 'the caller, their roles, settings'],
    ['goals (fewest)', ownedBy(few.person), few.person, `${few.goals.length} active goals`],
    ['goals (most)', ownedBy(most.person), most.person, `${most.goals.length} active goals`],
    ['goal (measured)', `/api/goals/${measured.id}`, owner(measured), 'progress from its metric'],
    ['goal (rolled up)', `/api/goals/${rolledUp.id}`, owner(rolledUp), 'no metric: roll-up'],
    ['check-ins', `/api/goals/${measured.id}/checkins`, owner(measured), 'first page'],
    ['alignment', '/api/alignment', ceo, 'whole tenant, this quarter, as the admin'],
    [
      'alignment (dept)',
      `/api/alignment?rootId=${department.id}`,
      owner(department),
      `from a top team goal of ${owner(department).department}`,
    ],
  ];
  const probes = rows.map(([name, path, caller, about]) => ({ name, path, caller, about }));
  return [...probes, afterCheckIn(measured, owner(measured))];
}

/** Alignment again after one check-in: the snapshot re-reads the changed goal, not the tenant. */
function afterCheckIn(goal: NewGoal, caller: Person): ReadProbe {
  return {
    name: 'alignment (write)',
    path: '/api/alignment',
    caller,
    about: `as ${caller.id}; warm = after a check-in on ${goal.id}`,
    writeBetween: {
      path: `/api/goals/${goal.id}/checkins`,
      body: { value: goal.metric?.start ?? 0, confidence: 7 },
    },
  };
}

/** The tab's "my goals": the caller's own id (the API has no `ownerId=me`). */
function ownedBy(person: Person): string {
  return `/api/goals?ownerId=${person.id}`;
}

function pick(people: readonly Person[], goals: readonly NewGoal[]): Picked {
  const active = goals.filter((g) => g.state !== 'archived');
  const owned = new Map<string, NewGoal[]>();
  for (const goal of active) owned.set(goal.ownerId, [...(owned.get(goal.ownerId) ?? []), goal]);
  const sides = people
    .map((person) => ({ person, goals: owned.get(person.id) ?? [] }))
    .filter((side) => side.goals.length > 0)
    .sort((a, b) => a.goals.length - b.goals.length);
  const current = periodForDate(benchPeriods(BENCH_NOW), BENCH_NOW.toISOString().slice(0, 10));
  const heads = new Set(people.filter((p) => p.managerId === people[0]?.id).map((p) => p.id));
  const teamGoals = active.filter((g) => g.level === 'team' && g.periodId === current?.id);
  const few = required(sides[0], 'an owner of goals');
  const most = required(sides.at(-1), 'an owner of goals');
  return {
    few,
    most,
    measured: required(
      most.goals.find((g) => g.metric),
      'a measured goal',
    ),
    rolledUp: required(
      teamGoals.find((g) => !g.metric),
      'a team goal without a metric',
    ),
    department: required(
      teamGoals.find((g) => heads.has(g.ownerId)) ?? teamGoals[0],
      'a team goal this period',
    ),
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the generated tenant lacks ${what}`);
  return value;
}
