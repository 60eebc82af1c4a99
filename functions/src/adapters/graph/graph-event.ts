import type { BatchOutcome, CreatedEvent, NewEvent } from '../../ports/calendar.js';
import { isDomainError } from '../../ports/errors.js';
import type { BatchResult } from './graph-batch.js';
import { toGraphDateTime, toUtcIso, type GraphDateTime } from './graph-time.js';

/** Graph's answer to `POST /me/events`, the parts we read. */
export interface GraphEvent {
  id?: string | null;
  transactionId?: string | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
  start?: GraphDateTime | null;
  end?: GraphDateTime | null;
}

/**
 * The body of `POST /me/events`: a Teams meeting (`isOnlineMeeting`, `teamsForBusiness`) with
 * the agenda as HTML, times on the wall clock of `event.timeZone`, every attendee required, and
 * the event's `transactionId`, which makes Graph answer a repeated create with the event it
 * already made instead of a second one.
 */
export function toGraphEventBody(
  event: NewEvent,
  mails: readonly string[],
): Record<string, unknown> {
  return {
    subject: event.subject,
    body: { contentType: 'HTML', content: event.bodyHtml },
    start: toGraphDateTime(event.start, event.timeZone),
    end: toGraphDateTime(event.end, event.timeZone),
    attendees: mails.map((address) => ({ type: 'required', emailAddress: { address } })),
    allowNewTimeProposals: true,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: event.transactionId,
  };
}

/**
 * The created event; `onlineMeeting.joinUrl` is the Teams link (`onlineMeetingUrl` is `null`
 * for Teams meetings). The times are the event's own: a repeated `transactionId` gives back the
 * event booked before, whose times may differ from `requested`'s.
 * @throws Error when Graph's answer has no id: the booking may exist, so this is no success.
 */
export function toCreatedEvent(body: unknown, requested: NewEvent): CreatedEvent {
  const event = body as GraphEvent | null;
  if (!event?.id) throw new Error('Microsoft Graph created an event without an id');
  return {
    eventId: event.id,
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
    transactionId: requested.transactionId,
    start: instantOr(event.start, requested.start),
    end: instantOr(event.end, requested.end),
  };
}

/** The event exists whatever its times say: an unreadable time falls back to the one asked for. */
function instantOr(value: GraphDateTime | null | undefined, requested: string): string {
  if (!value) return requested;
  try {
    return toUtcIso(value);
  } catch {
    return requested;
  }
}

type FailedCode = Extract<BatchOutcome, { status: 'failed' }>['code'];

const MESSAGES: Record<FailedCode, string> = {
  throttled: 'Microsoft Graph is busy; try again later.',
  conflict: 'The calendar reported a conflict.',
  forbidden: 'Not allowed to create this event.',
  upstream_unavailable: 'The event could not be created; try again.',
};

/**
 * A failed create as a batch outcome. The port's codes are fewer than the domain's: 401 counts
 * as `forbidden`, and anything not listed as `upstream_unavailable` (try again: retrying with
 * the same `transactionId` cannot double-book).
 */
export function toFailedOutcome(transactionId: string, error: Error): BatchOutcome {
  let code: FailedCode = 'upstream_unavailable';
  if (isDomainError(error)) {
    if (error.code === 'throttled' || error.code === 'conflict' || error.code === 'forbidden') {
      code = error.code;
    } else if (error.code === 'unauthenticated') code = 'forbidden';
  }
  return { transactionId, status: 'failed', code, message: MESSAGES[code] };
}

/** A request `$batch` gave no answer for: not booked, as far as anyone can tell. */
const MISSING_RESULT: BatchResult = {
  ok: false,
  status: 0,
  error: new Error('Microsoft Graph gave no answer for this event'),
};

/** The outcome of one event's create in a `$batch` (`undefined`: Graph gave no answer). */
export function batchOutcome(answer: BatchResult | undefined, requested: NewEvent): BatchOutcome {
  const { transactionId } = requested;
  const result = answer ?? MISSING_RESULT;
  if (!result.ok) return toFailedOutcome(transactionId, result.error);
  try {
    return { transactionId, status: 'created', event: toCreatedEvent(result.body, requested) };
  } catch (error) {
    return toFailedOutcome(transactionId, error as Error);
  }
}
