import fc from 'fast-check';
import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { strayKey } from './hostile-bodies.js';
import { FUZZ_TIMEOUT_MS } from './hostile-fuzz.js';
import { anyText, badLimit, enc } from './hostile-query.js';
import { expectFieldProblem } from './problem-assertions.js';

/** Cursors no list ever produced: empty, too long, or text that decodes to no position. */
const badCursor = fc.oneof(
  fc.constantFrom('', 'not-a-cursor', 'eyJ4IjoxfQ', '%%%'),
  fc.integer({ min: 513, max: 3000 }).map((n) => 'c'.repeat(n)),
  anyText.filter((s) => s.length > 0 && !/^[A-Za-z0-9_-]{8,}$/.test(s)),
);

/** One bad parameter of `GET /api/notifications`, as the query and the field a 400 must name. */
const badNotificationQuery = fc
  .oneof(
    badLimit.map((value) => ({ key: 'limit', query: `limit=${enc(value)}` })),
    badCursor.map((value) => ({ key: 'cursor', query: `limit=5&cursor=${enc(value)}` })),
    // Whose notifications is never a parameter: always the caller's own.
    fc
      .constantFrom('recipientId', 'personId', 'tenantId', 'userId')
      .map((key) => ({ key, query: `${key}=${DEMO_EMPLOYEE_ID}` })),
    strayKey(['limit', 'cursor'])
      .filter((key) => key !== '__proto__')
      .map((key) => ({ key, query: `${enc(key)}=x` })),
    fc.constant({ key: 'cursor', query: 'cursor=a&cursor=b' }),
  )
  .map(({ key, query }) => ({ query, field: `query.${key}` }));

describe('GET /api/notifications validates its query, never a 500', () => {
  let host: TestHost;
  let token: string;
  beforeAll(async () => {
    host = await startTestHost();
    token = await host.signIn(DEMO_EMPLOYEE_ID);
  });
  afterAll(() => host.close());

  it(
    'answers 400 naming query.<name> for each bad parameter',
    async () => {
      await fc.assert(
        fc.asyncProperty(badNotificationQuery, async ({ query, field }) => {
          const res = await host.call('GET', `/api/notifications?${query}`, { token });
          expectFieldProblem(res, field);
        }),
        { numRuns: 80 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('takes no query on the dev run route and ignores a body', async () => {
    const res = await host.call('POST', '/api/dev/reminders/run', {
      token,
      body: { tenantId: 'someone-else', at: '2030-01-01T00:00:00Z' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sent: expect.any(Number) as number });
  });
});
