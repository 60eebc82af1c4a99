/**
 * Half-open intervals `[start, end)` of epoch milliseconds, the arithmetic slot finding runs on.
 * Lists called "merged" are sorted by start, non-empty, and neither overlap nor touch.
 */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts, drops empty intervals and joins overlapping or touching ones. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

/** The parts of merged `a` that are also in merged `b`. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (!x || !y) break;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return out;
}

/** The parts of merged `from` outside every interval of `remove` (any order, may overlap). */
export function subtractIntervals(
  from: readonly Interval[],
  remove: readonly Interval[],
): Interval[] {
  const holes = mergeIntervals(remove);
  const out: Interval[] = [];
  for (const piece of from) {
    let start = piece.start;
    for (const hole of holes) {
      if (hole.end <= start || hole.start >= piece.end) continue;
      if (hole.start > start) out.push({ start, end: hole.start });
      start = Math.max(start, hole.end);
    }
    if (piece.end > start) out.push({ start, end: piece.end });
  }
  return out;
}

/** Index of the last interval of merged `intervals` starting at or before `at`, or -1. */
function lastStartingBy(intervals: readonly Interval[], at: number): number {
  let low = 0;
  let high = intervals.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((intervals[mid]?.start ?? Infinity) <= at) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Whether one interval of merged `intervals` holds all of `range` (binary search). */
export function containsRange(intervals: readonly Interval[], range: Interval): boolean {
  const holder = intervals[lastStartingBy(intervals, range.start)];
  return holder !== undefined && holder.end >= range.end;
}

/** Whether `range` shares any instant with merged `intervals` (binary search). */
export function overlapsAny(intervals: readonly Interval[], range: Interval): boolean {
  const index = lastStartingBy(intervals, range.start);
  const before = intervals[index];
  const after = intervals[index + 1];
  return (
    (before !== undefined && before.end > range.start) ||
    (after !== undefined && after.start < range.end)
  );
}

/** The first multiple of `step` at or after `at`: candidate starts sit on a fixed UTC grid. */
export function ceilToStep(at: number, step: number): number {
  return Math.ceil(at / step) * step;
}

/** Whether some `duration`-long range starting on the `step` grid fits in merged `intervals`. */
export function fitsOnGrid(intervals: readonly Interval[], duration: number, step: number) {
  return intervals.some((i) => ceilToStep(i.start, step) + duration <= i.end);
}
