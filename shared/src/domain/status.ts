import type { GoalState, GoalStatus } from '../contracts/goal.js';
import { DAY_MS, startOfDay } from './calendar.js';
import { clamp01 } from './progress.js';

/** What `deriveStatus` reads from a goal. */
export interface StatusInput {
  progress: number;
  startDate: string;
  dueDate: string;
  lastCheckInAt: string | null;
  createdAt: string;
  lastConfidence: number | null;
  state: GoalState;
}

/** Plain words for each status, as shown to people. */
export const STATUS_LABELS: Record<GoalStatus, string> = {
  done: 'Done',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  stale: 'No recent check-in',
};

/**
 * True when the goal has had no check-in (or, never checked in, has existed) for more than
 * `cadenceDays` days before `now`.
 */
export function isStale(
  goal: { lastCheckInAt: string | null; createdAt: string },
  now: Date,
  cadenceDays: number,
): boolean {
  return now.getTime() - Date.parse(goal.lastCheckInAt ?? goal.createdAt) > cadenceDays * DAY_MS;
}

/**
 * How much of the goal's time has gone by at `now`, 0-1. The window runs from the start of
 * `startDate` to the end of `dueDate` (UTC), so the due day itself still counts as time to work.
 */
export function expectedProgress(startDate: string, dueDate: string, now: Date): number {
  const start = startOfDay(startDate);
  const end = startOfDay(dueDate) + DAY_MS;
  if (end <= start) return 1;
  return clamp01((now.getTime() - start) / (end - start));
}

/**
 * A goal's status at `now`: `done` at full progress; `stale` without a check-in for more than
 * `cadenceDays` (archived goals are never stale, nobody checks in on them); otherwise the gap
 * between the time elapsed and the progress, and the last confidence (0-10), decide:
 * confidence <= 3 or a gap over 0.3 is `off_track`, confidence <= 6 or a gap over 0.15 is
 * `at_risk`, anything else `on_track`.
 */
export function deriveStatus(input: StatusInput, now: Date, cadenceDays: number): GoalStatus {
  if (input.progress >= 1) return 'done';
  if (input.state === 'active' && isStale(input, now, cadenceDays)) return 'stale';
  const gap = expectedProgress(input.startDate, input.dueDate, now) - input.progress;
  const confidence = input.lastConfidence;
  if ((confidence !== null && confidence <= 3) || gap > 0.3) return 'off_track';
  if ((confidence !== null && confidence <= 6) || gap > 0.15) return 'at_risk';
  return 'on_track';
}
