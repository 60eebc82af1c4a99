import {
  goalsForReview,
  type Goal,
  type Review,
  type ReviewCycle,
  type ReviewGoal,
} from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from '../goals/goal-deps.js';
import { callerCanView, viewOf } from '../goals/goal-reads.js';

/**
 * A review's goals section: the reviewee's goals of the cycle's period (`goalsForReview`) that
 * the caller may see, with progress and status computed as `GET /api/goals/{id}` does. The goals
 * come from the tenant's goal snapshot, so this costs at most one store query however many
 * goals there are, and none while the snapshot is fresh.
 */
export async function reviewGoals(
  deps: GoalDeps,
  caller: Caller,
  review: Pick<Review, 'revieweeId'>,
  cycle: Pick<ReviewCycle, 'periodId'>,
): Promise<ReviewGoal[]> {
  const { goals } = await deps.snapshots.get(caller.tenantId);
  const mine = goalsForReview(goals, review, cycle);
  const visible: Goal[] = [];
  for (const goal of mine) {
    // All of one owner's goals: `chainOf` is memoised, so this is one directory call at most.
    if (await callerCanView(caller, goal)) visible.push(goal);
  }
  const views = await Promise.all(visible.map((goal) => viewOf(deps, caller, goal)));
  return views.map(({ id, title, level, state, status, progress, dueDate }) => ({
    id,
    title,
    level,
    state,
    status,
    progress,
    dueDate,
  }));
}
