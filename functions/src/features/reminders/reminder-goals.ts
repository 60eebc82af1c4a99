import type { Goal, ReminderGoal } from '@northstar/shared';
import { utcDay } from '@northstar/shared';
import type { GoalSnapshot } from '../goals/goal-snapshots.js';

/**
 * The goals that may need a nudge at `now`: active, not done (progress below 1), started and
 * not yet past their due date (an overdue goal is for its owner and manager to close, not for a
 * weekly nudge), each on the tenant's `cadenceDays`.
 */
export function reminderGoals(
  snapshot: GoalSnapshot,
  now: Date,
  cadenceDays: number,
): ReminderGoal[] {
  const today = utcDay(now);
  return snapshot.goals
    .filter(
      (goal) =>
        goal.state === 'active' &&
        (snapshot.progress.get(goal.id) ?? 0) < 1 &&
        goal.startDate <= today &&
        today <= goal.dueDate,
    )
    .map(({ id, title, ownerId, state, lastCheckInAt, createdAt }) => ({
      id,
      title,
      ownerId,
      state,
      lastCheckInAt,
      createdAt,
      cadenceDays,
    }));
}

/**
 * When each goal owner last checked in on any of their goals: what "updated recently" means for
 * skipping nudges (an edit by someone else, like a manager, does not count as theirs).
 */
export function lastCheckIns(goals: readonly Goal[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const goal of goals) {
    const at = goal.lastCheckInAt;
    const known = latest.get(goal.ownerId);
    if (at !== null && (known === undefined || at > known)) latest.set(goal.ownerId, at);
  }
  return latest;
}
