import type { AlignmentResponse, Goal } from '@northstar/shared';
import {
  buildAlignment,
  canViewGoal,
  countActiveByOwner,
  indexById,
  periodForDate,
} from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from '../goals/goal-deps.js';

/**
 * The most goals one answer holds. Below the top, whole levels are answered while they fit; the
 * tab asks for a goal's subtree (`rootId`) when someone opens it. A 10,000-person tenant has
 * about 25,000 goals a quarter: all of them would be some 19 MB of JSON.
 */
export const MAX_ALIGNMENT_NODES = 500;

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
  // Kept per version of the snapshot: neither depends on who asks.
  const { goals, index } = deps.snapshots.view(snapshot, `alignment ${String(periodId)}`, (s) => {
    const inPeriod = periodId === null ? s.goals : s.goals.filter((g) => g.periodId === periodId);
    const index = { byId: indexById(inPeriod), activeByOwner: countActiveByOwner(inPeriod) };
    return { goals: inPeriod, index };
  });
  const chains = await chainsOfPrivateOwners(caller, goals);
  return buildAlignment(goals, caller.settings, now, {
    index,
    periodId,
    ...(query.rootId === undefined ? {} : { rootId: query.rootId }),
    isVisible: (goal) => canViewGoal(caller.viewer, goal, chains.get(goal.ownerId) ?? []),
    // The same roll-up the goal views use, so a goal shows one percentage everywhere.
    progress: snapshot.progress,
    maxNodes: MAX_ALIGNMENT_NODES,
  });
}

/**
 * One directory lookup per distinct owner of a private goal, not one per goal; none when no
 * chain can matter: admins see every goal, and someone with no reports sees only their own.
 */
async function chainsOfPrivateOwners(
  caller: Caller,
  goals: readonly Goal[],
): Promise<Map<string, string[]>> {
  if (caller.viewer.isAdmin || !caller.viewer.isManager) return new Map();
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
