import {
  graphFixture,
  type GraphCall,
  type GraphReply,
  type GraphRoute,
} from '../../functions/src/adapters/graph/graph-test-server.js';

interface FixtureUser {
  id: string;
  displayName: string;
  mail?: string;
  jobTitle?: string;
}
interface FixturePage {
  value: { id: string }[];
  '@odata.nextLink'?: string;
}

/** Sara Davis of `manager.response.json`: the signed-in manager. */
export const SARA = graphFixture('manager.response.json') as FixtureUser;
const page1 = graphFixture('direct-reports.page1.composed.response.json') as FixturePage;
const page2 = graphFixture('direct-reports.page2.composed.response.json') as FixturePage;
const schedule = graphFixture('get-schedule.response.json') as {
  value: { workingHours: unknown }[];
};
const created = graphFixture('create-event-online-meeting.response.json') as Record<
  string,
  unknown
>;

/**
 * Sara's two reports are the ids of the paging fixtures. Those pages carry ids only, so the
 * profiles are composed here: `a97733ce` is the "Individual Contributor" of
 * `manager-chain.response.json`, given the address `findMeetingTimes` answers for
 * (`alexw@`); `10a1d484` gets Adele's address from `get-schedule.response.json`.
 */
export const ALEX: FixtureUser = {
  id: page1.value[0]?.id ?? '',
  displayName: 'Individual Contributor',
  mail: 'alexw@contoso.onmicrosoft.com',
  jobTitle: 'Engineer',
};
export const ADELE: FixtureUser = {
  id: page2.value[0]?.id ?? '',
  displayName: 'Adele Vance',
  mail: 'AdeleV@contoso.onmicrosoft.com',
  jobTitle: 'Retail Manager',
};
const PEOPLE = [SARA, ALEX, ADELE];
const managerOf = (id: string) => (id === SARA.id ? null : { id: SARA.id });

const ok = (body: unknown, status = 200): GraphReply => ({ status, body });

/**
 * FOR TESTS: Sara's team on the local Graph, answering in the documented shapes: users (with
 * `manager` expanded), her paged direct reports, `getSchedule` (every calendar gets the
 * fixture's Pacific working hours), `findMeetingTimes` and `POST /me/events`, which books once
 * per `transactionId` as Graph does.
 */
export class FakeOrg {
  readonly events = new Map<string, Record<string, unknown>>();

  readonly route: GraphRoute = (call) =>
    this.user(call) ?? this.reports(call) ?? this.calendar(call);

  private user(call: GraphCall): GraphReply | undefined {
    const id = /^\/users\/([^/?]+)\?/.exec(call.path)?.[1];
    if (!id || call.method !== 'GET') return undefined;
    const person = PEOPLE.find((p) => p.id === id);
    if (!person) return { status: 404, body: { error: { code: 'Request_ResourceNotFound' } } };
    return ok({ ...person, userPrincipalName: person.mail, manager: managerOf(id) });
  }

  /** The paging fixtures, their ids filled in with the profiles a `$select` asks for. */
  private reports(call: GraphCall): GraphReply | undefined {
    if (!call.path.startsWith(`/users/${SARA.id}/directReports`)) return undefined;
    const page = call.url.searchParams.has('$skiptoken') ? page2 : page1;
    const value = page.value.map((entry) => ({
      ...entry,
      ...PEOPLE.find((p) => p.id === entry.id),
    }));
    return ok({ ...page, value });
  }

  private calendar(call: GraphCall): GraphReply | undefined {
    if (call.method !== 'POST') return undefined;
    // getSchedule as the caller (`/me`) or as a named user: free all day, Pacific hours.
    const path = call.path.endsWith('/calendar/getSchedule') ? 'getSchedule' : call.path;
    switch (path) {
      case 'getSchedule': {
        const { schedules } = call.body as { schedules: string[] };
        const hours = schedule.value[0]?.workingHours;
        return ok({ value: schedules.map((scheduleId) => ({ scheduleId, workingHours: hours })) });
      }
      case '/me/findMeetingTimes':
        return ok(graphFixture('find-meeting-times.response.json'));
      case '/me/events': {
        const body = call.body as { transactionId: string };
        const event = this.events.get(body.transactionId) ?? {
          ...created,
          id: `event-${this.events.size + 1}`,
          transactionId: body.transactionId,
        };
        this.events.set(body.transactionId, event);
        return ok(event, 201);
      }
      default:
        return undefined;
    }
  }
}

const DAY = 86_400_000;

/** A week from tomorrow: the window the Graph-mode scenarios schedule in. */
export function nextWeek(): { windowStart: string; windowEnd: string } {
  return {
    windowStart: new Date(Date.now() + DAY).toISOString(),
    windowEnd: new Date(Date.now() + 8 * DAY).toISOString(),
  };
}

/** The calls the local Graph saw to `path`, whatever their query string. */
export function callsTo(calls: readonly GraphCall[], path: string): GraphCall[] {
  return calls.filter((c) => c.path.split('?')[0] === path);
}
