import type { FreeBusy, MeetingSuggestion, TimeRange } from '../../ports/calendar.js';
import { toWorkingHours, type GraphWorkingHours } from './graph-person.js';
import { toUtcIso, type GraphDateTime } from './graph-time.js';

/** One `scheduleInformation` of a `getSchedule` answer. */
export interface GraphScheduleInformation {
  scheduleId?: string | null;
  availabilityView?: string | null;
  scheduleItems?: { status?: string | null; start?: GraphDateTime; end?: GraphDateTime }[] | null;
  workingHours?: GraphWorkingHours | null;
  /** Set instead of the rest when Graph could not read that calendar. */
  error?: { message?: string; responseCode?: string } | null;
}

/** A `findMeetingTimes` answer (`meetingTimeSuggestionsResult`). */
export interface GraphMeetingTimes {
  emptySuggestionsReason?: string | null;
  meetingTimeSuggestions?:
    | {
        confidence?: number | string | null;
        meetingTimeSlot?: { start?: GraphDateTime; end?: GraphDateTime } | null;
        attendeeAvailability?:
          | {
              availability?: string | null;
              attendee?: { emailAddress?: { address?: string | null } };
            }[]
          | null;
      }[]
    | null;
}

/** Statuses that block a meeting: all but `free` and `unknown`. */
const BLOCKING = new Set(['busy', 'tentative', 'oof', 'workingelsewhere']);

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else merged.push({ ...range });
  }
  return merged;
}

/** Busy slots from `availabilityView` (one digit per interval from `start`; 0 free). */
function busyFromView(view: string, start: string, intervalMinutes: number): TimeRange[] {
  const origin = Date.parse(start);
  const slot = (i: number) => new Date(origin + i * intervalMinutes * 60_000).toISOString();
  return Array.from(view).flatMap((digit, i) =>
    digit === '0' ? [] : [{ start: slot(i), end: slot(i + 1) }],
  );
}

/**
 * One person's calendar as {@link FreeBusy}: busy from `scheduleItems` (precise), else from
 * `availabilityView`; working hours only when their zone has an IANA name.
 */
export function toFreeBusy(
  info: GraphScheduleInformation,
  personId: string,
  window: TimeRange,
  intervalMinutes: number,
): FreeBusy {
  const items = info.scheduleItems;
  const busy = items
    ? items
        .filter((item) => BLOCKING.has((item.status ?? '').toLowerCase()) && item.start && item.end)
        .map((item) => ({
          start: toUtcIso(item.start as GraphDateTime),
          end: toUtcIso(item.end as GraphDateTime),
        }))
    : busyFromView(info.availabilityView ?? '', window.start, intervalMinutes);
  const hours = toWorkingHours(info.workingHours);
  const result: FreeBusy = { personId, busy: mergeRanges(busy) };
  if (hours) {
    const { days, startTime, endTime, timeZone } = hours;
    result.workingHours = { daysOfWeek: days, startTime, endTime, timeZone };
  }
  return result;
}

/** The documented `emptySuggestionsReason` values. */
export type EmptySuggestionsReason =
  | 'attendeesUnavailable'
  | 'attendeesUnavailableOrUnknown'
  | 'locationsUnavailable'
  | 'organizerUnavailable'
  | 'unknown';

const REASONS: readonly EmptySuggestionsReason[] = [
  'attendeesUnavailable',
  'attendeesUnavailableOrUnknown',
  'locationsUnavailable',
  'organizerUnavailable',
  'unknown',
];

/** Compared ignoring case (both spellings are seen); `null` for `""` (there are suggestions). */
export function toEmptyReason(value: string | null | undefined): EmptySuggestionsReason | null {
  if (!value) return null;
  return REASONS.find((r) => r.toLowerCase() === value.toLowerCase()) ?? 'unknown';
}

function toAvailability(
  value: string | null | undefined,
): MeetingSuggestion['attendeeAvailability'][number]['availability'] {
  const status = (value ?? '').toLowerCase();
  if (status === 'free' || status === 'tentative') return status;
  return BLOCKING.has(status) ? 'busy' : 'unknown';
}

/** Suggestions in Graph's order, attendees mapped back from mail to person id. */
export function toSuggestions(
  result: GraphMeetingTimes,
  idByMail: ReadonlyMap<string, string>,
): {
  suggestions: MeetingSuggestion[];
  emptySuggestionsReason: EmptySuggestionsReason | null;
} {
  const suggestions = (result.meetingTimeSuggestions ?? []).flatMap((s) => {
    const slot = s.meetingTimeSlot;
    if (!slot?.start || !slot.end) return [];
    const attendeeAvailability = (s.attendeeAvailability ?? []).flatMap((a) => {
      const personId = idByMail.get((a.attendee?.emailAddress?.address ?? '').toLowerCase());
      return personId ? [{ personId, availability: toAvailability(a.availability) }] : [];
    });
    const confidence = Math.min(100, Math.max(0, Number(s.confidence ?? 0) || 0));
    return [
      { start: toUtcIso(slot.start), end: toUtcIso(slot.end), confidence, attendeeAvailability },
    ];
  });
  return { suggestions, emptySuggestionsReason: toEmptyReason(result.emptySuggestionsReason) };
}
