import type { GoalView, Person } from '@northstar/shared';
import { daysSinceCheckIn } from './goal-attention';

/** How one report's goals stand, for the My team list. */
export interface ReportSummary {
  /** Goals still to achieve (not archived, not done). */
  activeCount: number;
  doneCount: number;
  /** Mean progress (0-1) over active and done goals; null when there are none. */
  averageProgress: number | null;
  staleCount: number;
  offTrackCount: number;
  atRiskCount: number;
  /** Days since the oldest check-in among stale goals; null when none is stale. */
  daysWithoutCheckIn: number | null;
}

/** Sums up a report's goals at `now` (ms); archived goals do not count. */
export function summarizeGoals(goals: readonly GoalView[], now: number): ReportSummary {
  const current = goals.filter((g) => g.state === 'active');
  const count = (status: GoalView['status']) => current.filter((g) => g.status === status).length;
  const stale = current.filter((g) => g.status === 'stale');
  const total = current.reduce((sum, g) => sum + g.progress, 0);
  return {
    activeCount: current.length - count('done'),
    doneCount: count('done'),
    averageProgress: current.length === 0 ? null : total / current.length,
    staleCount: stale.length,
    offTrackCount: count('off_track'),
    atRiskCount: count('at_risk'),
    daysWithoutCheckIn:
      stale.length === 0 ? null : Math.max(...stale.map((g) => daysSinceCheckIn(g, now))),
  };
}

/**
 * 0: a goal is stale or off track; 1: a goal is at risk, or nothing is active; 2: not known yet
 * (loading or failed); 3: all fine.
 */
export type AttentionRank = 0 | 1 | 2 | 3;

/** Where a report sorts in the My team list; see `AttentionRank`. */
export function attentionRank(summary: ReportSummary | null): AttentionRank {
  if (summary === null) return 2;
  if (summary.staleCount > 0 || summary.offTrackCount > 0) return 0;
  if (summary.atRiskCount > 0 || summary.activeCount === 0) return 1;
  return 3;
}

/** People needing attention first, the longest without a check-in first, then by name. */
export function sortByAttention<T extends { person: Person; summary: ReportSummary | null }>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) =>
      attentionRank(a.summary) - attentionRank(b.summary) ||
      (b.summary?.daysWithoutCheckIn ?? -1) - (a.summary?.daysWithoutCheckIn ?? -1) ||
      a.person.displayName.localeCompare(b.person.displayName),
  );
}
