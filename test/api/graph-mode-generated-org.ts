import {
  graphFixture,
  type GraphCall,
  type GraphReply,
  type GraphRoute,
} from '../../functions/src/adapters/graph/graph-test-server.js';
import { toUtcIso, type GraphDateTime } from '../../functions/src/adapters/graph/graph-time.js';
import type { TimeRange } from '../../functions/src/ports/calendar.js';
import {
  generateTeam,
  type GeneratedPerson,
  type GeneratedTeam,
  type ReviewWindow,
} from './graph-mode-generated-people.js';
import type { GraphOrg } from './graph-mode-host.js';

/** An event `POST /me/events` created, once per `transactionId`. */
export interface BookedEvent extends TimeRange {
  id: string;
  transactionId: string;
  subject: string;
  organizerMail: string;
  attendeeMails: string[];
}

interface EventBody {
  transactionId: string;
  subject: string;
  start: GraphDateTime;
  end: GraphDateTime;
  attendees: { emailAddress: { address: string } }[];
}

const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';
const { onlineMeeting } = graphFixture('create-event-online-meeting.response.json') as {
  onlineMeeting: unknown;
};
/** Adele's hours in `get-schedule.response.json`: Monday to Friday, 08:00-17:00 Pacific. */
const HOURS = (graphFixture('get-schedule.response.json') as { value: { workingHours: unknown }[] })
  .value[0]?.workingHours;

const ok = (body: unknown, status = 200): GraphReply => ({ status, body });
const utc = (iso: string): GraphDateTime => ({ dateTime: iso.slice(0, 19), timeZone: 'UTC' });
const overlaps = (a: TimeRange, b: TimeRange): boolean => a.start < b.end && b.start < a.end;

/** One digit per interval from the window's start: '2' busy, '0' free. */
function availabilityView(items: TimeRange[], window: TimeRange, minutes: number): string {
  const step = minutes * 60_000;
  const count = Math.ceil((Date.parse(window.end) - Date.parse(window.start)) / step);
  return Array.from({ length: count }, (_, i) => {
    const start = Date.parse(window.start) + i * step;
    const slot = {
      start: new Date(start).toISOString(),
      end: new Date(start + step).toISOString(),
    };
    return items.some((item) => overlaps(item, slot)) ? '2' : '0';
  }).join('');
}

/**
 * FOR TESTS: a generated organisation on the local Graph, one team per entry of `sizes`, in
 * Graph's documented shapes: users (with `manager` expanded), direct reports in pages of
 * `pageSize` linked by `@odata.nextLink`, `getSchedule` (every calendar has the fixture's
 * Pacific working hours and its busy blocks plus the events booked since, in UTC), and
 * `POST /me/events`, which books once per `transactionId`. A `$batch` of more than 20 is
 * refused with 400, as Graph does. The organizer of an event is its attendee's manager (the
 * fake cannot tell who `/me` is).
 */
export class GeneratedOrg implements GraphOrg {
  readonly teams: GeneratedTeam[];
  /** By `transactionId`. */
  readonly events = new Map<string, BookedEvent>();
  private readonly byId = new Map<string, GeneratedPerson>();
  private readonly byMail = new Map<string, GeneratedPerson>();

  readonly route: GraphRoute = (call) =>
    this.oversized(call) ??
    this.user(call) ??
    this.reports(call) ??
    this.schedule(call) ??
    this.create(call);

  constructor(
    sizes: readonly number[],
    readonly window: ReviewWindow,
    readonly pageSize = 25,
  ) {
    this.teams = sizes.map((size, i) => generateTeam(i + 1, size, window));
    for (const person of this.teams.flatMap((t) => [t.manager, ...t.reports])) {
      this.byId.set(person.id, person);
      this.byMail.set(person.mail.toLowerCase(), person);
    }
  }

  /** The events whose organizer is `team`'s manager. */
  eventsOf(team: GeneratedTeam): BookedEvent[] {
    return [...this.events.values()].filter((e) => e.organizerMail === team.manager.mail);
  }

  private oversized(call: GraphCall): GraphReply | undefined {
    const requests = (call.body as { requests?: unknown[] } | undefined)?.requests ?? [];
    if (call.path !== '/$batch' || requests.length <= 20) return undefined;
    const message = 'Number of batch requests exceeds the limit of 20.';
    return { status: 400, body: { error: { code: 'BadRequest', message } } };
  }

  private user(call: GraphCall): GraphReply | undefined {
    const id = /^\/users\/([^/?]+)(\?|$)/.exec(call.path)?.[1];
    if (!id || call.method !== 'GET') return undefined;
    const person = this.byId.get(decodeURIComponent(id));
    if (!person) return { status: 404, body: { error: { code: 'Request_ResourceNotFound' } } };
    const manager = person.managerId ? { id: person.managerId } : null;
    return ok({ ...this.userJson(person), userPrincipalName: person.mail, manager });
  }

  private reports(call: GraphCall): GraphReply | undefined {
    const id = /^\/users\/([^/?]+)\/directReports/.exec(call.path)?.[1];
    const team = this.teams.find((t) => t.manager.id === id);
    if (!team) return undefined;
    const token = call.url.searchParams.get('$skiptoken');
    const offset = token ? Number(atob(token)) : 0;
    const page = team.reports.slice(offset, offset + this.pageSize);
    const body: Record<string, unknown> = {
      '@odata.context': `${GRAPH_V1}/$metadata#directoryObjects`,
      value: page.map((p) => ({ '@odata.type': '#microsoft.graph.user', ...this.userJson(p) })),
    };
    if (offset + this.pageSize < team.reports.length) {
      const next = new URL(`${GRAPH_V1}${call.url.pathname}${call.url.search}`);
      next.searchParams.set('$skiptoken', btoa(String(offset + this.pageSize)));
      body['@odata.nextLink'] = next.href;
    }
    return ok(body);
  }

  private schedule(call: GraphCall): GraphReply | undefined {
    if (call.method !== 'POST' || !call.path.endsWith('/calendar/getSchedule')) return undefined;
    const asked = call.body as {
      schedules: string[];
      startTime: GraphDateTime;
      endTime: GraphDateTime;
      availabilityViewInterval: number;
    };
    const window = { start: toUtcIso(asked.startTime), end: toUtcIso(asked.endTime) };
    const value = asked.schedules.map((scheduleId) => {
      const person = this.byMail.get(scheduleId.toLowerCase());
      if (!person) return { scheduleId, error: { responseCode: 'ErrorMailRecipientNotFound' } };
      const items = this.calendarOf(person).filter((item) => overlaps(item, window));
      return {
        scheduleId,
        availabilityView: availabilityView(items, window, asked.availabilityViewInterval),
        scheduleItems: items.map((item) => ({
          status: item.status,
          start: utc(item.start),
          end: utc(item.end),
        })),
        workingHours: HOURS,
      };
    });
    return ok({ value });
  }

  /** Busy blocks, events they organize (busy) and invitations (tentative until answered). */
  private calendarOf(person: GeneratedPerson): (TimeRange & { status: string })[] {
    const mine = (e: BookedEvent) => e.organizerMail === person.mail;
    const invited = (e: BookedEvent) => e.attendeeMails.includes(person.mail);
    return [
      ...person.busy.map((b) => ({ ...b, status: 'busy' })),
      ...[...this.events.values()]
        .filter((e) => mine(e) || invited(e))
        .map((e) => ({ start: e.start, end: e.end, status: mine(e) ? 'busy' : 'tentative' })),
    ];
  }

  private create(call: GraphCall): GraphReply | undefined {
    if (call.method !== 'POST' || call.path !== '/me/events') return undefined;
    const body = call.body as EventBody;
    const attendeeMails = body.attendees.map((a) => a.emailAddress.address);
    const attendee = this.byMail.get(attendeeMails[0]?.toLowerCase() ?? '');
    const event = this.events.get(body.transactionId) ?? {
      id: `event-${this.events.size + 1}`,
      transactionId: body.transactionId,
      subject: body.subject,
      organizerMail: this.byId.get(attendee?.managerId ?? '')?.mail ?? '',
      attendeeMails,
      start: toUtcIso(body.start),
      end: toUtcIso(body.end),
    };
    this.events.set(body.transactionId, event);
    const { id, transactionId, subject, start, end } = event;
    return ok({ id, transactionId, subject, start: utc(start), end: utc(end), onlineMeeting }, 201);
  }

  private userJson(person: GeneratedPerson): Record<string, unknown> {
    const { id, displayName, mail, jobTitle } = person;
    return { id, displayName, mail, jobTitle, department: 'Engineering' };
  }
}
