import type {
  BatchOutcome,
  CalendarService,
  CreatedEvent,
  FreeBusy,
  MeetingSuggestion,
  NewEvent,
  TimeRange,
} from '../../ports/calendar.js';
import { DomainError } from '../../ports/errors.js';
import { graphClientsFor, type GraphAdapterOptions, type GraphClientFor } from './graph-client.js';
import { batchOutcome, toCreatedEvent, toGraphEventBody } from './graph-event.js';
import { getSchedules, PREFER_UTC } from './graph-get-schedule.js';
import {
  idsByMail,
  lookUpMailboxes,
  type MailboxCache,
  requireMailboxes,
  type KnownMailboxes,
} from './graph-mailboxes.js';
import {
  toFreeBusy,
  toSuggestions,
  type EmptySuggestionsReason,
  type GraphMeetingTimes,
} from './graph-schedule.js';
import { toGraphDateTime } from './graph-time.js';

/** Minutes per digit of `availabilityView`. */
const VIEW_INTERVAL = 30;

type MeetingRequest = Parameters<CalendarService['findMeetingTimes']>[2];

/**
 * The {@link CalendarService} on Microsoft Graph, acting as the signed-in user (delegated
 * `Calendars.ReadBasic` for free/busy, `Calendars.Read` for meeting times, `Calendars.ReadWrite`
 * to book, `User.Read.All` to find addresses). Graph schedules by mail address, so every
 * method first looks the person ids up (`lookUpMailboxes`: ceil(n/20) `$batch` calls for the
 * ids not in `mailboxes`).
 * Build one per request with {@link graphCalendarFor}.
 */
export class GraphCalendarService implements CalendarService {
  /** @param mailboxes addresses looked up before (shared by the app); none kept without. */
  constructor(
    private readonly graph: GraphClientFor,
    private readonly mailboxes?: MailboxCache,
  ) {}

  /**
   * `POST /users/{actingUserId}/calendar/getSchedule`, 20 calendars per call. People without a
   * mailbox, or whose calendar Graph could not read, are left out rather than shown free.
   */
  async getFreeBusy(
    tenantId: string,
    actingUserId: string,
    personIds: string[],
    window: TimeRange,
  ): Promise<FreeBusy[]> {
    const graph = this.graph(tenantId);
    const mails = await lookUpMailboxes(graph, personIds, this.known(tenantId));
    const path = `/users/${encodeURIComponent(actingUserId)}/calendar/getSchedule`;
    const infos = await getSchedules(graph, path, [...mails.values()], window, VIEW_INTERVAL);
    const byMail = idsByMail(mails);
    const found = new Map<string, FreeBusy>();
    for (const info of infos) {
      const personId = byMail.get((info.scheduleId ?? '').toLowerCase());
      if (personId && !info.error)
        found.set(personId, toFreeBusy(info, personId, window, VIEW_INTERVAL));
    }
    return personIds.flatMap((id) => found.get(id) ?? []);
  }

  findMeetingTimes(
    tenantId: string,
    actingUserId: string,
    request: MeetingRequest,
  ): Promise<MeetingSuggestion[]> {
    return this.findMeetingTimesWithReason(tenantId, actingUserId, request).then(
      (r) => r.suggestions,
    );
  }

  /**
   * `POST /me/findMeetingTimes` (delegated only: the acting user is the organizer), all
   * attendees required, within working hours. Also says why there are no suggestions, which
   * the port cannot carry yet.
   */
  async findMeetingTimesWithReason(
    tenantId: string,
    _actingUserId: string,
    request: MeetingRequest,
  ): Promise<{
    suggestions: MeetingSuggestion[];
    emptySuggestionsReason: EmptySuggestionsReason | null;
  }> {
    const graph = this.graph(tenantId);
    const mails = await requireMailboxes(graph, request.attendeeIds, this.known(tenantId));
    const body = {
      attendees: [...mails.values()].map((address) => ({
        type: 'required',
        emailAddress: { address },
      })),
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [
          {
            start: toGraphDateTime(request.window.start),
            end: toGraphDateTime(request.window.end),
          },
        ],
      },
      meetingDuration: `PT${Math.round(request.durationMinutes)}M`,
      maxCandidates: request.maxCandidates,
      isOrganizerOptional: false,
      returnSuggestionReasons: true,
      minimumAttendeePercentage: 100,
    };
    const answer = await graph.post('/me/findMeetingTimes', body, PREFER_UTC);
    return toSuggestions(answer as GraphMeetingTimes, idsByMail(mails));
  }

  /** `POST /me/events`; a retry (ours or the caller's) with the same `transactionId` books once. */
  async createEvent(
    tenantId: string,
    actingUserId: string,
    event: NewEvent,
  ): Promise<CreatedEvent> {
    this.checkOrganizer(actingUserId, [event]);
    const graph = this.graph(tenantId);
    const mails = await requireMailboxes(graph, event.attendeeIds, this.known(tenantId));
    const body = toGraphEventBody(
      event,
      event.attendeeIds.map((id) => mails.get(id) ?? ''),
    );
    return toCreatedEvent(await graph.post('/me/events', body, PREFER_UTC), event);
  }

  /**
   * Every event in `$batch` calls of 20 (ceil(n/20) calls, after ceil(a/20) for the `a`
   * distinct attendees), each with its own outcome. An unknown attendee fails the whole call
   * before anything is booked. Calling again with the same events books only the missing ones.
   */
  async createEvents(
    tenantId: string,
    actingUserId: string,
    events: NewEvent[],
  ): Promise<BatchOutcome[]> {
    if (events.length === 0) return [];
    this.checkOrganizer(actingUserId, events);
    const graph = this.graph(tenantId);
    const mails = await requireMailboxes(
      graph,
      events.flatMap((e) => e.attendeeIds),
      this.known(tenantId),
    );
    const results = await graph.batch(
      events.map((event) => ({
        method: 'POST' as const,
        url: '/me/events',
        body: toGraphEventBody(
          event,
          event.attendeeIds.map((id) => mails.get(id) ?? ''),
        ),
        headers: PREFER_UTC,
      })),
    );
    return events.map((event, i) => batchOutcome(results[i], event));
  }

  private known(tenantId: string): KnownMailboxes | undefined {
    return this.mailboxes && { cache: this.mailboxes, tenantId };
  }

  /** Events are created in the acting user's calendar (`/me`), so they are its organizer. */
  private checkOrganizer(actingUserId: string, events: NewEvent[]): void {
    if (events.some((e) => e.organizerId !== actingUserId)) {
      throw new DomainError('validation', 'Only the signed-in user can organize the meeting.', {
        fieldErrors: [{ field: 'organizerId', message: 'must be the signed-in user' }],
      });
    }
  }
}

/** A {@link GraphCalendarService} acting as the user whose API token is `userAssertion` (`null`: the app). */
export function graphCalendarFor(
  options: GraphAdapterOptions,
  userAssertion: string | null,
  mailboxes?: MailboxCache,
): GraphCalendarService {
  return new GraphCalendarService(graphClientsFor(options, userAssertion), mailboxes);
}
