import type { GoalStatus, GoalView } from '@northstar/shared';

/** A day in milliseconds. */
export const DAY_MS = 86_400_000;

/** How urgently a status asks for a manager's attention: lower comes first. */
const STATUS_ORDER: Record<GoalStatus, number> = {
  off_track: 0,
  stale: 1,
  at_risk: 2,
  on_track: 3,
  done: 4,
};

/** Sort comparator: goals needing attention first, then by due date and title. */
export function byAttention(a: GoalView, b: GoalView): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    a.dueDate.localeCompare(b.dueDate) ||
    a.title.localeCompare(b.title)
  );
}

/** Whole days since the goal's last check-in (or its creation, when never checked in). */
export function daysSinceCheckIn(
  goal: Pick<GoalView, 'lastCheckInAt' | 'createdAt'>,
  now: number,
): number {
  return Math.max(0, Math.floor((now - Date.parse(goal.lastCheckInAt ?? goal.createdAt)) / DAY_MS));
}

/** "No check-in for 3 days" (or "for 1 day"). */
export function noCheckInLabel(days: number): string {
  return `No check-in for ${String(days)} ${days === 1 ? 'day' : 'days'}`;
}

export type AttentionGroupId = 'attention' | 'at_risk' | 'on_track' | 'done';

/** Goals of one attention group, in attention order. */
export interface AttentionGroup {
  id: AttentionGroupId;
  title: string;
  goals: GoalView[];
}

const GROUP_OF: Record<GoalStatus, AttentionGroupId> = {
  off_track: 'attention',
  stale: 'attention',
  at_risk: 'at_risk',
  on_track: 'on_track',
  done: 'done',
};

const GROUP_TITLES: Record<AttentionGroupId, string> = {
  attention: 'Needs attention',
  at_risk: 'At risk',
  on_track: 'On track',
  done: 'Done',
};

/**
 * Goals grouped by how much attention they need (off track and stale first, done last); empty
 * groups are left out.
 */
export function groupByAttention(goals: readonly GoalView[]): AttentionGroup[] {
  const sorted = [...goals].sort(byAttention);
  const ids: AttentionGroupId[] = ['attention', 'at_risk', 'on_track', 'done'];
  return ids
    .map((id) => ({
      id,
      title: GROUP_TITLES[id],
      goals: sorted.filter((g) => GROUP_OF[g.status] === id),
    }))
    .filter((group) => group.goals.length > 0);
}
