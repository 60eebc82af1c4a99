import { randomInt } from 'node:crypto';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import {
  expectCell,
  onlyFor,
  signedIn,
  type Expected,
  cellsOf,
} from './authorization-matrix-cells.js';
import { CALLER_NAMES, as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import { ifMatch, scheduleOneOnOne, seriesOf } from './one-on-ones-fixtures.js';
import type { ApiResponse } from './problem-assertions.js';

/** The manager's series with the employee, one 1:1 in it with a point, an item and a note. */
interface Fixtures {
  series: string;
  meeting: string;
  pointId: string;
  itemId: string;
}

interface Cell {
  host: TestHost;
  token: string | undefined;
  tokens: Record<CallerName, string | undefined>;
  fx: Fixtures;
}

interface Row {
  route: string;
  expected: Expected;
  send: (cell: Cell) => Promise<ApiResponse>;
}

const PARTICIPANTS: readonly CallerName[] = ['owner', 'manager'];

/** A 1:1 at a random minute of 2028, so no two cells share one. */
async function freshMeeting(c: Pick<Cell, 'host' | 'tokens' | 'fx'>): Promise<string> {
  const seriesId = c.fx.series.split('/')[3] ?? '';
  const when = new Date(Date.UTC(2028, 0, 1) + randomInt(525_600) * 60_000).toISOString();
  const meeting = await scheduleOneOnOne(c.host, c.tokens.manager!, seriesId, when);
  return `${c.fx.series}/${meeting.id}`;
}

/** The 1:1's current ETag, as its manager reads it. */
async function etagOf(c: Cell, meeting: string): Promise<Record<string, string>> {
  const list = await c.host.call('GET', c.fx.series, as(c.tokens.manager));
  const found = (list.body.items as { id: string; etag: string }[]).find((m) =>
    meeting.endsWith(`/${m.id}`),
  );
  return ifMatch(found?.etag ?? 'missing');
}

/** Sends `body` to a sub-resource of the fixture 1:1, with the 1:1's current ETag. */
function onMeeting(method: string, suffix: (fx: Fixtures) => string, body: unknown) {
  return async (c: Cell) =>
    c.host.call(method, `${c.fx.meeting}${suffix(c.fx)}`, {
      ...as(c.token),
      body,
      headers: await etagOf(c, c.fx.meeting),
    });
}

/** The manager's direct report without a series yet. */
async function freeReport(c: Cell): Promise<string> {
  const me = await c.host.call('GET', '/api/me', as(c.tokens.manager));
  const series = await c.host.call('GET', '/api/one-on-ones', as(c.tokens.manager));
  const taken = new Set((series.body.items as { reportId: string }[]).map((s) => s.reportId));
  return (me.body.directReports as { id: string }[]).find((p) => !taken.has(p.id))?.id ?? '';
}

const ROWS: Row[] = [
  {
    route: 'GET /api/one-on-ones',
    expected: signedIn(200),
    send: (c) => c.host.call('GET', '/api/one-on-ones', as(c.token)),
  },
  {
    // Nobody but the report's manager may start one; the id names a person, so 403, not 404.
    route: 'POST /api/one-on-ones (a report of the manager)',
    expected: { ...signedIn(403), manager: 201 },
    send: async (c) =>
      c.host.call('POST', '/api/one-on-ones', {
        ...as(c.token),
        body: { reportId: await freeReport(c) },
      }),
  },
  {
    route: 'GET .../meetings',
    expected: onlyFor(PARTICIPANTS, 200),
    send: (c) => c.host.call('GET', c.fx.series, as(c.token)),
  },
  {
    route: 'POST .../meetings',
    expected: onlyFor(PARTICIPANTS, 201),
    send: (c) =>
      c.host.call('POST', c.fx.series, {
        ...as(c.token),
        body: { scheduledFor: '2028-06-01T09:00:00Z' },
      }),
  },
  {
    route: 'POST .../talking-points',
    expected: onlyFor(PARTICIPANTS, 201),
    send: onMeeting('POST', () => '/talking-points', { text: 'From the matrix' }),
  },
  {
    route: 'PATCH .../talking-points/{pointId}',
    expected: onlyFor(PARTICIPANTS, 200),
    send: onMeeting('PATCH', (fx) => `/talking-points/${fx.pointId}`, { done: true }),
  },
  {
    route: 'PUT .../shared-notes',
    expected: onlyFor(PARTICIPANTS, 200),
    send: onMeeting('PUT', () => '/shared-notes', { sharedNotes: 'Shared, in the matrix' }),
  },
  {
    route: 'POST .../action-items',
    expected: onlyFor(PARTICIPANTS, 201),
    send: onMeeting('POST', () => '/action-items', { text: 'Do', ownerId: DEMO_MANAGER_ID }),
  },
  {
    route: 'PATCH .../action-items/{itemId}',
    expected: onlyFor(PARTICIPANTS, 200),
    send: onMeeting('PATCH', (fx) => `/action-items/${fx.itemId}`, { done: true }),
  },
  {
    route: 'PUT .../private-note (a new one)',
    expected: onlyFor(PARTICIPANTS, 201),
    send: async (c) =>
      c.host.call('PUT', `${await freshMeeting(c)}/private-note`, {
        ...as(c.token),
        body: { text: 'Mine alone' },
      }),
  },
  {
    // The employee wrote one here; the manager did not, and may never read his.
    route: 'GET .../private-note (the employee’s)',
    expected: onlyFor(['owner'], 200),
    send: (c) => c.host.call('GET', `${c.fx.meeting}/private-note`, as(c.token)),
  },
];

const CELLS = cellsOf(ROWS);

describe('authorization matrix: 1:1s x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  let fx: Fixtures;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
    const series = `/api/one-on-ones/${await seriesOf(host, tokens.manager!)}/meetings`;
    const meeting = await freshMeeting({ host, tokens, fx: { series } as Fixtures });
    const employee = as(tokens.owner);
    const point = await host.call('POST', `${meeting}/talking-points`, {
      ...employee,
      body: { text: 'Agenda' },
    });
    const item = await host.call('POST', `${meeting}/action-items`, {
      ...employee,
      body: { text: 'Follow up', ownerId: DEMO_EMPLOYEE_ID },
    });
    await host.call('PUT', `${meeting}/private-note`, { ...employee, body: { text: 'His own' } });
    const [pointId, itemId] = [point.body.agenda[0].id, item.body.actionItems[0].id];
    fx = { series, meeting, pointId, itemId };
  });
  afterAll(() => host.close());

  it.each(CELLS)('$route as $caller -> $status', async ({ caller, status, row }) => {
    expectCell(await row.send({ host, token: tokens[caller], tokens, fx }), status);
  });

  it.each(CALLER_NAMES.filter((c) => c !== 'noToken'))(
    'GET /api/one-on-ones lists the series to %s only if a participant',
    async (caller) => {
      const res = await host.call('GET', '/api/one-on-ones', as(tokens[caller]));
      const ids = (res.body.items as { id: string }[]).map((s) => s.id);
      expect(ids.includes(fx.series.split('/')[3] ?? '')).toBe(PARTICIPANTS.includes(caller));
    },
  );
});
