import type { GoalView } from '@northstar/shared';
import { periodLabel } from '../../components/format';

/** The goals of one period, as My goals shows them. */
export interface PeriodGroup {
  periodId: string;
  /** `fy27-q2` as "FY27 Q2" (`periodLabel`). */
  label: string;
  /** Today falls within the period (as far as its goals' dates tell). */
  current: boolean;
  /** By due date, then title. */
  goals: GoalView[];
}

interface Span {
  group: PeriodGroup;
  start: string;
  end: string;
}

/**
 * Goals grouped by `periodId`: the current period first, then the coming ones (soonest first),
 * then the past ones (latest first). A period's dates are those of its goals, from the earliest
 * start to the latest due date; `today` is `YYYY-MM-DD`.
 */
export function groupByPeriod(goals: readonly GoalView[], today: string): PeriodGroup[] {
  const spans = new Map<string, Span>();
  for (const goal of goals) {
    const span = spans.get(goal.periodId);
    if (span) {
      span.group.goals.push(goal);
      if (goal.startDate < span.start) span.start = goal.startDate;
      if (goal.dueDate > span.end) span.end = goal.dueDate;
    } else {
      const group = { periodId: goal.periodId, label: periodLabel(goal.periodId), current: false };
      spans.set(goal.periodId, {
        group: { ...group, goals: [goal] },
        start: goal.startDate,
        end: goal.dueDate,
      });
    }
  }
  const all = [...spans.values()];
  for (const span of all) span.group.current = span.start <= today && today <= span.end;
  const rank = (s: Span) => (s.group.current ? 0 : s.start > today ? 1 : 2);
  all.sort((a, b) => rank(a) - rank(b) || compareWithin(rank(a), a, b));
  return all.map(({ group }) => ({ ...group, goals: group.goals.sort(byDueThenTitle) }));
}

function compareWithin(rank: number, a: Span, b: Span): number {
  if (rank === 2) return b.end.localeCompare(a.end);
  return a.start.localeCompare(b.start) || a.group.periodId.localeCompare(b.group.periodId);
}

function byDueThenTitle(a: GoalView, b: GoalView): number {
  return a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
}
