import { findSlots, type Person, type SlotAvailability } from '@northstar/shared';
import type {
  BatchOutcome,
  CalendarService,
  CreatedEvent,
  FreeBusy,
  MeetingSuggestion,
  NewEvent,
  TimeRange,
} from '../../ports/calendar.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import { busyInstances } from './demo-busy-calendar.js';
import { eventProblem, meetingRequestProblem, parseWindow } from './demo-calendar-input.js';
import { DemoDirectory } from './demo-directory.js';
import { DemoEventStore } from './demo-event-store.js';

interface Schedule {
  person: Person;
  busy: TimeRange[];
}

/** The port speaks Graph's availability words: someone outside their hours can't be counted on. */
function toPortAvailability(availability: SlotAvailability): 'free' | 'busy' {
  switch (availability) {
    case 'free':
      return 'free';
    case 'busy':
    case 'outside_hours':
      return 'busy';
  }
}

/**
 * A FAKE calendar service over the demo tenants, for local runs (`npm start`) and tests; the
 * production one is a Microsoft Graph adapter. A calendar is the person's seeded weekly meetings
 * (`demo-busy-calendar.ts`) plus the events created on this instance (in memory: gone on
 * restart). Meeting times come from the shared `findSlots`: inside every attendee's working
 * hours, never before the clock's now, mid-morning for the acting user preferred. Join links are
 * fake: `https://teams.example/demo-meeting/<id>`.
 *
 * Errors (`DomainError`): a person unknown in the tenant is `not_found`; a bad window (over 62
 * days, as Graph), request or event is `validation`; an event whose organizer is not the acting
 * user is `forbidden` (Graph creates events in `/me/events`).
 */
export class DemoCalendarService implements CalendarService {
  private readonly created = new DemoEventStore();

  /** @param directory whose people have calendars; the built-in demo tenants by default. */
  constructor(
    private readonly clock: Clock,
    private readonly directory: Directory = new DemoDirectory(),
  ) {}

  async getFreeBusy(
    tenantId: string,
    _actingUserId: string,
    personIds: string[],
    window: TimeRange,
  ): Promise<FreeBusy[]> {
    const schedules = await this.schedules(tenantId, personIds, window);
    return schedules.map(({ person: { id, workingHours }, busy }) => ({
      personId: id,
      busy,
      workingHours: {
        daysOfWeek: [...workingHours.days],
        startTime: workingHours.startTime,
        endTime: workingHours.endTime,
        timeZone: workingHours.timeZone,
      },
    }));
  }

  async findMeetingTimes(
    tenantId: string,
    actingUserId: string,
    request: {
      attendeeIds: string[];
      window: TimeRange;
      durationMinutes: number;
      maxCandidates: number;
      timeZone?: string;
    },
  ): Promise<MeetingSuggestion[]> {
    const problem = meetingRequestProblem(request);
    if (problem) throw problem;
    const schedules = await this.schedules(tenantId, request.attendeeIds, request.window);
    const organizer = await this.directory.getPerson(tenantId, actingUserId);
    const suggestions = findSlots({
      attendees: schedules.map(({ person, busy }) => ({ ...person, busy })),
      window: request.window,
      durationMinutes: request.durationMinutes,
      maxSuggestions: request.maxCandidates,
      now: this.clock.now().toISOString(),
      timeZone: request.timeZone ?? organizer?.workingHours.timeZone,
    });
    return suggestions.map((s) => ({
      ...s,
      attendeeAvailability: s.attendeeAvailability.map(({ personId, availability }) => ({
        personId,
        availability: toPortAvailability(availability),
      })),
    }));
  }

  async createEvent(
    tenantId: string,
    actingUserId: string,
    event: NewEvent,
  ): Promise<CreatedEvent> {
    const problem = await this.problemWith(tenantId, actingUserId, event);
    if (problem) throw problem;
    return this.created.create(tenantId, event);
  }

  /**
   * One outcome per event, in order. Every event is checked first: a `validation` or
   * `not_found` one rejects the whole batch and creates nothing; a `forbidden` one fails alone.
   */
  async createEvents(
    tenantId: string,
    actingUserId: string,
    events: NewEvent[],
  ): Promise<BatchOutcome[]> {
    const problems = await Promise.all(
      events.map((event) => this.problemWith(tenantId, actingUserId, event)),
    );
    const fatal = problems.find((p) => p !== null && p.code !== 'forbidden');
    if (fatal) throw fatal;
    return events.map((event, i): BatchOutcome => {
      const { transactionId } = event;
      const problem = problems[i];
      return problem
        ? { transactionId, status: 'failed', code: 'forbidden', message: problem.message }
        : { transactionId, status: 'created', event: this.created.create(tenantId, event) };
    });
  }

  private async people(tenantId: string, ids: string[]): Promise<Person[]> {
    const found = await Promise.all(ids.map((id) => this.directory.getPerson(tenantId, id)));
    const unknown = ids.filter((_id, i) => !found[i]);
    if (unknown.length > 0) {
      throw new DomainError('not_found', `No person ${unknown.join(', ')} in this tenant`);
    }
    return found.filter((person): person is Person => person !== null);
  }

  private async schedules(tenantId: string, ids: string[], window: TimeRange): Promise<Schedule[]> {
    const { start, end } = parseWindow(window);
    const people = await this.people(tenantId, ids);
    return people.map((person) => {
      const seeded = busyInstances(person, start, end).map((b) => ({ start: b.start, end: b.end }));
      const created = this.created.busyOf(tenantId, person.id, start, end);
      return {
        person,
        busy: [...seeded, ...created].sort((a, b) => a.start.localeCompare(b.start)),
      };
    });
  }

  private async problemWith(
    tenantId: string,
    actingUserId: string,
    event: NewEvent,
  ): Promise<DomainError | null> {
    const problem = eventProblem(event);
    if (problem) return problem;
    try {
      await this.people(tenantId, [event.organizerId, ...event.attendeeIds]);
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    if (event.organizerId === actingUserId) return null;
    return new DomainError('forbidden', 'Events go in the signed-in user’s own calendar only');
  }
}
