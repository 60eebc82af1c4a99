import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { expectCell, signedIn, type Expected, cellsOf } from './authorization-matrix-cells.js';
import { CALLER_NAMES, as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectFieldProblem, type ApiResponse } from './problem-assertions.js';
import { WINDOW, daysFromNow } from './route-body-specs-meetings.js';

interface Cell {
  host: TestHost;
  token: string | undefined;
  caller: CallerName;
}

interface Row {
  route: string;
  expected: Expected;
  /** The field a 400 names: a person the caller may not meet or schedule for. */
  field: string;
  send: (cell: Cell) => Promise<ApiResponse>;
}

/** People of the caller's own tenant only: another tenant's caller names someone unknown. */
const inTenant = (status: number): Expected => ({ ...signedIn(status), otherTenant: 400 });

const START = daysFromNow(5);
const END = new Date(Date.parse(START) + 30 * 60_000).toISOString();

const ROWS: Row[] = [
  {
    route: 'POST /api/meetings/find-times (with the employee)',
    expected: inTenant(200),
    field: 'body.attendeeIds.0',
    send: (c) =>
      c.host.call('POST', '/api/meetings/find-times', {
        ...as(c.token),
        body: { attendeeIds: [DEMO_EMPLOYEE_ID], durationMinutes: 30, ...WINDOW },
      }),
  },
  {
    route: 'POST /api/meetings (with the employee)',
    expected: inTenant(201),
    field: 'body.attendeeIds.0',
    send: (c) =>
      c.host.call('POST', '/api/meetings', {
        ...as(c.token),
        body: { attendeeIds: [DEMO_EMPLOYEE_ID], start: START, end: END, subject: c.caller },
      }),
  },
  {
    // Only the employee's own manager may book his review through "schedule my team".
    route: 'POST /api/meetings/schedule-team (for the employee)',
    expected: { ...signedIn(400), manager: 200 },
    field: 'body.reportIds.0',
    send: (c) =>
      c.host.call('POST', '/api/meetings/schedule-team', {
        ...as(c.token),
        body: { reportIds: [DEMO_EMPLOYEE_ID], durationMinutes: 30, ...WINDOW, subject: 'Review' },
      }),
  },
  {
    route: 'POST /api/meetings/schedule-team (own team)',
    expected: signedIn(200),
    field: 'body',
    send: (c) =>
      c.host.call('POST', '/api/meetings/schedule-team', {
        ...as(c.token),
        body: { durationMinutes: 30, ...WINDOW, subject: 'Team review' },
      }),
  },
];

const CELLS = cellsOf(ROWS);

describe('authorization matrix: scheduling x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  it.each(CELLS)('$route as $caller -> $status', async ({ caller, status, row }) => {
    const res = await row.send({ host, token: tokens[caller], caller });
    expectCell(res, status);
    if (status === 400) expectFieldProblem(res, row.field);
  });

  it.each(CALLER_NAMES.filter((c) => c !== 'noToken'))(
    'schedule-team as %s books only the caller’s own direct reports',
    async (caller) => {
      const token = tokens[caller];
      const me = await host.call('GET', '/api/me', as(token));
      const reports = (me.body.directReports as { id: string }[]).map((p) => p.id).sort();
      const res = await host.call('POST', '/api/meetings/schedule-team', {
        ...as(token),
        body: { durationMinutes: 30, ...WINDOW, subject: `Only mine: ${caller}` },
      });
      expect((res.body.items as { personId: string }[]).map((i) => i.personId).sort()).toEqual(
        reports,
      );
    },
  );
});
