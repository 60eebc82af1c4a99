import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { cellsOf, expectCell, signedIn, type Expected } from './authorization-matrix-cells.js';
import { as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import { kudosBody, postKudos } from './kudos-fixtures.js';
import type { ApiResponse } from './problem-assertions.js';

interface Row {
  route: string;
  expected: Expected;
  send: (host: TestHost, token: string | undefined) => Promise<ApiResponse>;
}

const ROWS: Row[] = [
  {
    // Everyone reads their own list; whose it is comes from the token alone.
    route: 'GET /api/notifications',
    expected: signedIn(200),
    send: (host, token) => host.call('GET', '/api/notifications', as(token)),
  },
  {
    // Dev mode only; each caller runs their own organisation's reminders.
    route: 'POST /api/dev/reminders/run',
    expected: signedIn(200),
    send: (host, token) => host.call('POST', '/api/dev/reminders/run', as(token)),
  },
];

/** Monday 23 Nov 2026, 10:00 UTC: the employee (Kolkata) is at work. */
const clock = { now: () => new Date('2026-11-23T10:00:00Z') };

describe('authorization matrix: notifications x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost({ clock });
    tokens = await signInAll(host);
    await postKudos(host, tokens.manager, kudosBody(DEMO_EMPLOYEE_ID));
    await host.call('POST', '/api/dev/reminders/run', as(tokens.manager));
  });
  afterAll(() => host.close());

  it.each(cellsOf(ROWS))('$route as $caller -> $status', async ({ caller, status, row }) => {
    expectCell(await row.send(host, tokens[caller]), status);
  });

  it.each<[CallerName, number]>([
    ['owner', 1],
    ['manager', 0],
    ['skipLevel', 0],
    ['admin', 0],
    ['unrelated', 0],
    ['otherTenant', 0],
  ])('shows the employee’s kudos notification to %s: %s', async (caller, count) => {
    const res = await host.call('GET', '/api/notifications', as(tokens[caller]));
    const kudos = (res.body.items as { kind: string; text: string }[]).filter(
      (n) => n.kind === 'kudos_received' && n.text.startsWith('Priya Raman'),
    );
    expect(kudos).toHaveLength(count);
  });
});
