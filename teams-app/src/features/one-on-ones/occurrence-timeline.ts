import type { ActionItem } from '@northstar/shared';
import type { OneOnOneView } from '@northstar/shared';

/** A 1:1 stays the current one for an hour after it starts: it is still being held. */
const HELD_FOR_MS = 60 * 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A series' 1:1s seen from now: the one to work on, and the others. */
export interface Timeline {
  /** The next 1:1 (or the one being held); the latest one when all are over; null if none. */
  current: OneOnOneView | null;
  /** The 1:1 just before the current one: what "since last time" compares with. */
  previous: OneOnOneView | null;
  /** 1:1s before the current one, newest first. */
  earlier: OneOnOneView[];
  /** 1:1s scheduled after the current one, soonest first. */
  later: OneOnOneView[];
  /** The current 1:1 is over, so the next one may be started. */
  currentIsOver: boolean;
}

const startOf = (meeting: OneOnOneView) => Date.parse(meeting.scheduledFor);

/** Whether a 1:1 is over at `now` (it started more than an hour ago). */
export function isOver(meeting: OneOnOneView, now: number): boolean {
  return startOf(meeting) + HELD_FOR_MS < now;
}

/** Splits a series' 1:1s (in any order) into the current one, the earlier and the later ones. */
export function timelineOf(meetings: readonly OneOnOneView[], now: number): Timeline {
  const sorted = [...meetings].sort((a, b) => startOf(a) - startOf(b));
  const upcoming = sorted.findIndex((meeting) => !isOver(meeting, now));
  const index = upcoming >= 0 ? upcoming : sorted.length - 1;
  const current = sorted[index] ?? null;
  return {
    current,
    previous: sorted[index - 1] ?? null,
    earlier: sorted.slice(0, Math.max(index, 0)).reverse(),
    later: sorted.slice(index + 1),
    currentIsOver: current !== null && isOver(current, now),
  };
}

/** The open action items the current 1:1 took over from the previous one. */
export function carriedOver(current: OneOnOneView, previous: OneOnOneView | null): ActionItem[] {
  if (!previous) return [];
  const before = new Set(previous.actionItems.map((item) => item.id));
  return current.actionItems.filter((item) => before.has(item.id) && !item.done);
}

/** When to suggest the next 1:1: a week after the current one, or the next full hour. */
export function suggestedNextStart(current: OneOnOneView | null, now: number): Date {
  if (current) {
    let next = startOf(current) + WEEK_MS;
    while (next < now) next += WEEK_MS;
    return new Date(next);
  }
  const nextHour = new Date(now);
  nextHour.setMinutes(0, 0, 0);
  nextHour.setHours(nextHour.getHours() + 1);
  return nextHour;
}
