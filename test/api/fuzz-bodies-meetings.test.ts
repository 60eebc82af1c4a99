import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { describeBodyFuzz, type FuzzTarget, type FuzzedRoute } from './hostile-fuzz.js';
import { expectFieldProblem } from './problem-assertions.js';
import {
  createMeetingSpec,
  daysFromNow,
  findTimesSpec,
  scheduleTeamSpec,
} from './route-body-specs-meetings.js';

interface Ctx {
  host: TestHost;
  manager: string;
  /** The manager and her direct reports, whose calendars a booking would change. */
  people: string[];
}

async function setup(): Promise<Ctx> {
  const host = await startTestHost();
  const manager = await host.signIn(DEMO_MANAGER_ID);
  const me = await host.call('GET', '/api/me', { token: manager });
  const reports = (me.body.directReports as { id: string }[]).map((p) => p.id);
  return { host, manager, people: [DEMO_MANAGER_ID, ...reports] };
}

/** Everyone's busy blocks over the next 62 days: every booking shows up here. */
function calendars(ctx: Ctx): Promise<unknown> {
  const window = { start: daysFromNow(0), end: daysFromNow(62) };
  return ctx.host.app.services.calendar.getFreeBusy(
    CONTOSO_TENANT_ID,
    DEMO_MANAGER_ID,
    ctx.people,
    window,
  );
}

function meetingTarget(path: string): (ctx: Ctx) => Promise<FuzzTarget> {
  return (ctx) => Promise.resolve({ path, token: ctx.manager, state: () => calendars(ctx) });
}

const ROUTES: FuzzedRoute<Ctx>[] = [
  {
    name: 'POST /api/meetings/find-times',
    method: 'POST',
    spec: findTimesSpec,
    successStatus: 200,
    numRuns: 25,
    target: meetingTarget('/api/meetings/find-times'),
  },
  {
    name: 'POST /api/meetings',
    method: 'POST',
    spec: createMeetingSpec,
    successStatus: 201,
    numRuns: 30,
    target: meetingTarget('/api/meetings'),
  },
  {
    name: 'POST /api/meetings/schedule-team',
    method: 'POST',
    spec: scheduleTeamSpec,
    successStatus: 200,
    more: [
      {
        text: scheduleTeamBody({ reportIds: [DEMO_EMPLOYEE_ID, 'nobody'] }),
        field: 'body.reportIds.1',
      },
    ],
    numRuns: 25,
    target: meetingTarget('/api/meetings/schedule-team'),
  },
];

function scheduleTeamBody(change: object): string {
  return JSON.stringify({ ...scheduleTeamSpec.valid, ...change });
}

describeBodyFuzz('meeting routes refuse hostile bodies with a 400 naming the field', setup, ROUTES);

describe('meeting bodies the calendar itself would refuse are refused at the edge', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await setup();
  });
  afterAll(() => ctx.host.close());

  const VALID: Record<string, Record<string, unknown>> = {
    '/api/meetings/find-times': findTimesSpec.valid,
    '/api/meetings': createMeetingSpec.valid,
  };
  it.each([
    ['/api/meetings/find-times', { timeZone: 'Mars/Olympus' }, 'body.timeZone'],
    ['/api/meetings/find-times', { timeZone: 'Asia/Kolkata ' }, 'body.timeZone'],
    ['/api/meetings', { timeZone: 'Mars/Olympus' }, 'body.timeZone'],
    ['/api/meetings', { timeZone: 'UTC+5' }, 'body.timeZone'],
    ['/api/meetings', { end: daysFromNow(70) }, 'body.end'],
  ])('POST %s with %j answers 400 naming %s, booking nothing', async (path, change, field) => {
    const before = await calendars(ctx);
    const res = await ctx.host.call('POST', path, {
      token: ctx.manager,
      body: { ...VALID[path], ...change },
    });
    expectFieldProblem(res, field);
    expect(await calendars(ctx)).toEqual(before);
  });
});
