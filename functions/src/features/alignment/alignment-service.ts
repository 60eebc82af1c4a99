import type { AlignmentResponse, Goal } from '@northstar/shared';
import { buildAlignment, canViewGoal, periodForDate } from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from '../goals/goal-deps.js';

/**
 * The alignment graph of one period (default: the current one) as the caller may see it, with
 * rolled-up progress, coverage and health flags. Served from the tenant's goal snapshot.
 */
export async function getAlignment(
  deps: GoalDeps,
  caller: Caller,
  query: { period?: string | undefined; rootId?: string | undefined },
): Promise<AlignmentResponse> {
  const now = deps.clock.now();
  const periodId =
    query.period ??
    periodForDate(caller.settings.periods, now.toISOString().slice(0, 10))?.id ??
    null;
  const snapshot = await deps.snapshots.get(caller.tenantId);
  const goals =
    periodId === null ? snapshot.goals : snapshot.goals.filter((g) => g.periodId === periodId);
  const chains = await chainsOfPrivateOwners(caller, goals);
  return buildAlignment(goals, caller.settings, now, {
    periodId,
    ...(query.rootId === undefined ? {} : { rootId: query.rootId }),
    isVisible: (goal) => canViewGoal(caller.viewer, goal, chains.get(goal.ownerId) ?? []),
    // The same roll-up the goal views use, so a goal shows one percentage everywhere.
    progress: snapshot.progress,
  });
}

/** One directory lookup per distinct owner of a private goal, not one per goal. */
async function chainsOfPrivateOwners(
  caller: Caller,
  goals: readonly Goal[],
): Promise<Map<string, string[]>> {
  if (caller.viewer.isAdmin) return new Map();
  const owners = new Set<string>();
  for (const goal of goals) {
    if (goal.visibility === 'private' && goal.ownerId !== caller.person.id)
      owners.add(goal.ownerId);
  }
  const entries = await Promise.all(
    [...owners].map(async (owner) => [owner, await caller.chainOf(owner)] as const),
  );
  return new Map(entries);
}
