import type { MeetingSuggestionSchema } from '@northstar/shared';
import type { z } from 'zod';

/** One suggested time from `POST /api/meetings/find-times`. */
export type Suggestion = z.infer<typeof MeetingSuggestionSchema>;

/** Duration, and a window as local calendar dates (`YYYY-MM-DD`, both days included). */
export interface WindowDraft {
  durationMinutes: number;
  startDate: string;
  endDate: string;
}

const DAY_MS = 86_400_000;

/** The meeting lengths a manager can pick. */
export const DURATIONS = [30, 45, 60] as const;

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Thirty minutes over the next two weeks, starting today. */
export function defaultWindow(now: Date): WindowDraft {
  return {
    durationMinutes: 30,
    startDate: localDate(now),
    endDate: localDate(new Date(now.getTime() + 13 * DAY_MS)),
  };
}

function localMidnight(date: string, addDays: number): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  const value = new Date(year, month - 1, day + addDays);
  // An unreadable date goes to the server as typed, so its field error comes back beside it.
  return Number.isNaN(value.getTime()) ? date : value.toISOString();
}

/** The window as instants: from the start day's midnight to the end of the last day. */
export function windowInstants(draft: WindowDraft): { windowStart: string; windowEnd: string } {
  return {
    windowStart: localMidnight(draft.startDate, 0),
    windowEnd: localMidnight(draft.endDate, 1),
  };
}

/** "Tue 1 Dec, 10:00 – 10:30" in the viewer's zone (or the one given). */
export function formatSlot(start: string, end: string, timeZone?: string, locale?: string) {
  const zone = timeZone === undefined ? {} : { timeZone };
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...zone,
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...zone });
  const from = new Date(start);
  return `${day.format(from)}, ${time.format(from)} – ${time.format(new Date(end))}`;
}

const AVAILABILITY_WORDS: Record<
  Suggestion['attendeeAvailability'][number]['availability'],
  string
> = {
  free: 'free',
  tentative: 'tentatively busy',
  busy: 'busy',
  unknown: 'calendar not visible',
};

/** "Ana Lima is free, Ben Okafor is busy" for one suggestion. */
export function availabilityWords(
  suggestion: Suggestion,
  nameOf: (personId: string) => string,
): string {
  return suggestion.attendeeAvailability
    .map((a) => `${nameOf(a.personId)}: ${AVAILABILITY_WORDS[a.availability]}`)
    .join(', ');
}

/** Graph's 0-100 confidence in words. */
export function confidenceWords(confidence: number): string {
  return `${String(Math.round(confidence))}% likely to suit everyone`;
}

/** The server's message for a field, including those of its items (`attendeeIds.0`). */
export function fieldError(errors: Readonly<Record<string, string>>, name: string) {
  const key = Object.keys(errors).find((k) => k === name || k.startsWith(`${name}.`));
  return key === undefined ? undefined : errors[key];
}
