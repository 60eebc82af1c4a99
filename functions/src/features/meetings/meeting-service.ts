import type { CreateMeeting, CreatedMeeting, FindTimes } from '@northstar/shared';
import type { CalendarService, MeetingSuggestion } from '../../ports/calendar.js';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { stableHash } from '../stable-id.js';
import { agendaHtml } from './agenda-html.js';

export interface MeetingDeps {
  calendar: CalendarService;
  directory: Directory;
}

/** Every attendee must be a person of the caller's tenant; the caller always attends. */
async function attendeesOf(deps: MeetingDeps, caller: Caller, ids: string[]): Promise<string[]> {
  for (const [index, id] of ids.entries()) {
    if (!(await deps.directory.getPerson(caller.tenantId, id))) {
      throw new DomainError(
        'validation',
        `body.attendeeIds.${String(index)} names no person (${id}).`,
        {
          fieldErrors: [
            {
              field: `body.attendeeIds.${String(index)}`,
              message: 'is not a person in your organisation',
            },
          ],
        },
      );
    }
  }
  return ids.filter((id) => id !== caller.person.id);
}

/** Ranked times inside every attendee's working hours (the organizer's included). */
export async function findTimes(
  deps: MeetingDeps,
  caller: Caller,
  input: FindTimes,
): Promise<{ suggestions: MeetingSuggestion[] }> {
  const others = await attendeesOf(deps, caller, input.attendeeIds);
  const suggestions = await deps.calendar.findMeetingTimes(caller.tenantId, caller.person.id, {
    attendeeIds: [caller.person.id, ...others],
    window: { start: input.windowStart, end: input.windowEnd },
    durationMinutes: input.durationMinutes,
    maxCandidates: 10,
    timeZone: input.timeZone ?? caller.person.timeZone,
  });
  return { suggestions };
}

/**
 * Books the meeting as a Teams online meeting with the agenda in its body. The transaction id is
 * derived from what was asked, so a retried request (a lost answer, a double click) returns the
 * same event instead of booking a second one.
 */
export async function createMeeting(
  deps: MeetingDeps,
  caller: Caller,
  input: CreateMeeting,
): Promise<CreatedMeeting> {
  const others = await attendeesOf(deps, caller, input.attendeeIds);
  const transactionId = transactionIdFor(caller, others, input);
  const event = await deps.calendar.createEvent(caller.tenantId, caller.person.id, {
    organizerId: caller.person.id,
    attendeeIds: others,
    start: input.start,
    end: input.end,
    subject: input.subject,
    bodyHtml: agendaHtml(input),
    transactionId,
    timeZone: input.timeZone ?? caller.person.timeZone,
  });
  return {
    eventId: event.eventId,
    joinUrl: event.joinUrl,
    transactionId,
    start: event.start,
    end: event.end,
  };
}

function transactionIdFor(caller: Caller, others: string[], input: CreateMeeting): string {
  const key = [
    caller.tenantId,
    caller.person.id,
    [...others].sort().join(','),
    input.start,
    input.end,
    input.subject,
  ];
  return stableHash(key, 32);
}
