import type { Person, ScheduleTeam, TeamBooking } from '@northstar/shared';
import { scheduleMany, type SlotAttendee } from '@northstar/shared';
import type { NewEvent } from '../../ports/calendar.js';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { stableHash } from '../stable-id.js';
import { agendaHtml } from './agenda-html.js';
import type { MeetingDeps } from './meeting-service.js';

/**
 * "Schedule my team's reviews": a non-overlapping slot with each report inside both people's
 * working hours and free time, then every booking in one batched create (Graph: ceil(N/20)
 * `$batch` calls). Each booking's transaction id comes from the request and the person, so
 * running the same request again after a partial failure books no duplicates.
 */
export async function scheduleTeam(
  deps: MeetingDeps,
  caller: Caller,
  input: ScheduleTeam,
): Promise<TeamBooking[]> {
  const reports = await reportsToSchedule(deps, caller, input.reportIds);
  if (reports.length === 0) return [];
  const window = { start: input.windowStart, end: input.windowEnd };
  const people = [caller.person, ...reports];
  const freeBusy = await deps.calendar.getFreeBusy(
    caller.tenantId,
    caller.person.id,
    people.map((p) => p.id),
    window,
  );
  const busyOf = (id: string) => freeBusy.find((f) => f.personId === id)?.busy ?? [];
  const attendee = (p: Person): SlotAttendee => ({
    id: p.id,
    name: p.displayName,
    workingHours: p.workingHours,
    busy: busyOf(p.id),
  });
  const plan = scheduleMany({
    organizer: attendee(caller.person),
    people: reports.map(attendee),
    window,
    durationMinutes: input.durationMinutes,
    now: new Date().toISOString(),
    timeZone: caller.person.timeZone,
  });
  const events: NewEvent[] = plan.flatMap(({ personId, slot }) =>
    slot ? [eventFor(caller, input, personId, slot, reports)] : [],
  );
  const outcomes =
    events.length > 0
      ? await deps.calendar.createEvents(caller.tenantId, caller.person.id, events)
      : [];
  return plan.map(({ personId, slot, reason }) => {
    const event = events.find((e) => e.attendeeIds[0] === personId);
    const outcome = outcomes.find((o) => o.transactionId === event?.transactionId);
    if (!slot || !outcome)
      return { personId, status: 'not_booked', reason: reason ?? 'No time was found.' };
    if (outcome.status === 'failed')
      return { personId, status: 'not_booked', reason: outcome.message };
    return {
      personId,
      status: 'booked',
      // The booked event's own times: a repeated request gives back the meeting booked before.
      start: outcome.event.start,
      end: outcome.event.end,
      joinUrl: outcome.event.joinUrl,
    };
  });
}

async function reportsToSchedule(
  deps: MeetingDeps,
  caller: Caller,
  ids: string[] | undefined,
): Promise<Person[]> {
  const reports = await deps.directory.getDirectReports(caller.tenantId, caller.person.id);
  if (ids === undefined) return reports;
  return ids.map((id, index) => {
    const report = reports.find((r) => r.id === id);
    if (!report) {
      const field = `body.reportIds.${String(index)}`;
      throw new DomainError('validation', `${field} is not one of your direct reports (${id}).`, {
        fieldErrors: [{ field, message: 'is not one of your direct reports' }],
      });
    }
    return report;
  });
}

function eventFor(
  caller: Caller,
  input: ScheduleTeam,
  personId: string,
  slot: { start: string; end: string },
  reports: Person[],
): NewEvent {
  const name = reports.find((r) => r.id === personId)?.displayName ?? personId;
  const key = [
    caller.tenantId,
    caller.person.id,
    personId,
    input.windowStart,
    input.windowEnd,
    input.subject,
  ];
  return {
    organizerId: caller.person.id,
    attendeeIds: [personId],
    start: slot.start,
    end: slot.end,
    subject: `${input.subject}: ${name}`,
    bodyHtml: agendaHtml(input),
    transactionId: stableHash(key, 32),
    timeZone: caller.person.timeZone,
  };
}
