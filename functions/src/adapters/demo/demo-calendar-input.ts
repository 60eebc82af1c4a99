import { isValidTimeZone } from '@northstar/shared';
import type { NewEvent, TimeRange } from '../../ports/calendar.js';
import { DomainError } from '../../ports/errors.js';

/** Graph's `getSchedule` looks at most 62 days ahead; the demo keeps the same limit. */
export const MAX_WINDOW_DAYS = 62;

function invalid(field: string, problem: string): DomainError {
  return new DomainError('validation', `Bad ${field}: ${problem}`, {
    fieldErrors: [{ field, message: problem }],
  });
}

function rangeProblem(range: TimeRange, field: string): DomainError | null {
  const start = Date.parse(range.start);
  const end = Date.parse(range.end);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return invalid(field, 'start and end must be ISO 8601 instants');
  }
  if (end <= start) return invalid(field, 'end must be after start');
  if (end - start > MAX_WINDOW_DAYS * 86_400_000) {
    return invalid(field, `must span at most ${MAX_WINDOW_DAYS} days`);
  }
  return null;
}

/**
 * A window in epoch milliseconds.
 * @throws DomainError `validation` for unparsable instants, an empty or reversed window, or one
 * longer than {@link MAX_WINDOW_DAYS}.
 */
export function parseWindow(window: TimeRange): { start: number; end: number } {
  const problem = rangeProblem(window, 'window');
  if (problem) throw problem;
  return { start: Date.parse(window.start), end: Date.parse(window.end) };
}

/** What is wrong with an event on its own (times, time zone), or null. */
export function eventProblem(event: NewEvent): DomainError | null {
  const problem = rangeProblem(event, 'event');
  if (problem) return problem;
  if (!isValidTimeZone(event.timeZone)) return invalid('timeZone', 'unknown time zone');
  return null;
}

/** The meeting request must ask for something findable. */
export function meetingRequestProblem(request: {
  attendeeIds: string[];
  durationMinutes: number;
  maxCandidates: number;
}): DomainError | null {
  if (request.attendeeIds.length === 0) return invalid('attendeeIds', 'name at least one attendee');
  if (!(request.durationMinutes > 0)) return invalid('durationMinutes', 'must be positive');
  if (!(request.maxCandidates >= 1)) return invalid('maxCandidates', 'must be at least 1');
  return null;
}
