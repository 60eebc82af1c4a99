import type { Goal } from '../contracts/goal.js';

/** `value` limited to [0, 1]. */
export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * A goal's progress from its own numbers, 0-1.
 *
 * With a metric: how far `current` has moved from `start` towards `target` (works for decreases,
 * where target < start); 0 before the first check-in; when target equals start, 1 once current
 * equals it and 0 otherwise. Without a metric, `current` is a percent (0-100). `null` when there
 * is neither a metric nor a check-in, so the caller can fall back to the children's progress.
 */
export function ownProgress(goal: Pick<Goal, 'metric' | 'current'>): number | null {
  const { metric, current } = goal;
  if (metric === null) return current === null ? null : clamp01(current / 100);
  if (current === null) return 0;
  if (metric.target === metric.start) return current === metric.target ? 1 : 0;
  return clamp01((current - metric.start) / (metric.target - metric.start));
}
