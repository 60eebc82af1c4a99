import type { CheckIn, GoalView } from '@northstar/shared';

/** One point of a history chart. */
export interface HistoryPoint {
  x: Date;
  y: number;
}

/** The check-in history as the charts draw it, oldest first. */
export interface CheckInSeries {
  values: HistoryPoint[];
  /** The target across the same dates, when the goal has a metric. */
  target: HistoryPoint[];
  confidence: HistoryPoint[];
  /** "users" or "%". */
  unit: string;
}

/** Check-ins (any order) as chart series, oldest first. */
export function checkInSeries(
  goal: Pick<GoalView, 'metric'>,
  checkIns: readonly CheckIn[],
): CheckInSeries {
  const sorted = [...checkIns].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const values = sorted.map((c) => ({ x: new Date(c.createdAt), y: c.value }));
  const first = values[0];
  const last = values[values.length - 1];
  const target =
    goal.metric && first && last
      ? [
          { x: first.x, y: goal.metric.target },
          { x: last.x, y: goal.metric.target },
        ]
      : [];
  return {
    values,
    target,
    confidence: sorted.map((c) => ({ x: new Date(c.createdAt), y: c.confidence })),
    unit: goal.metric ? goal.metric.unit : '%',
  };
}
