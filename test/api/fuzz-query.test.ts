import fc from 'fast-check';
import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { startTestHost, type TestHost } from './harness.js';
import { strayKey } from './hostile-bodies.js';
import { badIdText, badLimit, enc, notIn } from './hostile-query.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';

/** Generous: the properties take a few seconds, more on a slow machine. */
const FUZZ_TIMEOUT_MS = 60_000;

const LEVELS = ['company', 'team', 'individual', 'development'];
const STATUSES = ['done', 'on_track', 'at_risk', 'off_track', 'stale'];
const GOAL_QUERY_KEYS = [
  'limit',
  'cursor',
  'ownerId',
  'level',
  'period',
  'parentId',
  'status',
  'includeArchived',
];

/** One bad parameter among good ones, as `[query string, field the 400 must name]`. */
const badGoalQuery = fc
  .oneof(
    badLimit.map((v) => ['limit', v] as const),
    notIn(LEVELS).map((v) => ['level', v] as const),
    notIn(STATUSES).map((v) => ['status', v] as const),
    notIn(['true', 'false']).map((v) => ['includeArchived', v] as const),
    fc
      .constantFrom('ownerId', 'period', 'parentId')
      .chain((k) => badIdText.map((v) => [k, v] as const)),
    fc
      .oneof(
        fc.constant(''),
        fc.integer({ min: 513, max: 6000 }).map((n) => 'A'.repeat(n)),
      )
      .map((v) => ['cursor', v] as const),
    strayKey(GOAL_QUERY_KEYS)
      .filter((k) => k !== '__proto__')
      .map((k) => [k, '1'] as const),
  )
  .map(([key, value]) => ({
    query: `level=individual&${enc(key)}=${enc(value)}`,
    field: `query.${key}`,
  }));

/** A parameter that is good on its own but given twice. */
const duplicated = fc
  .tuple(fc.constantFrom('limit', 'level', 'ownerId', 'includeArchived', 'status'), fc.nat(3))
  .map(([key, extra]) => {
    const good: Record<string, string> = {
      limit: '5',
      level: 'team',
      ownerId: DEMO_EMPLOYEE_ID,
      includeArchived: 'true',
      status: 'stale',
    };
    const once = `${key}=${good[key] ?? ''}`;
    return {
      query: Array.from({ length: 2 + extra }, () => once).join('&'),
      field: `query.${key}`,
    };
  });

describe('GET query strings are validated, never a 500', () => {
  let host: TestHost;
  let token: string;
  beforeAll(async () => {
    host = await startTestHost();
    token = await host.signIn(DEMO_EMPLOYEE_ID);
  });
  afterAll(() => host.close());

  it(
    'GET /api/goals answers 400 naming query.<name> for each bad parameter',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(badGoalQuery, duplicated), async ({ query, field }) => {
          expectFieldProblem(await host.call('GET', `/api/goals?${query}`, { token }), field);
        }),
        { numRuns: 150 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'GET /api/goals answers 400 problem+json, never 500, to any garbage cursor',
    async () => {
      const garbage = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 600 });
      await fc.assert(
        fc.asyncProperty(garbage, async (cursor) => {
          const problem = expectProblem(
            await host.call('GET', `/api/goals?cursor=${enc(cursor)}`, { token }),
            400,
          );
          expect(problem.errors.length).toBeGreaterThan(0);
        }),
        { numRuns: 60 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it.each([
    ['/api/goals', 'not base64url JSON', '%25%25not-a-cursor'],
    ['/api/goals', 'base64url of the wrong tuple', Buffer.from('[1,2]').toString('base64url')],
    [
      `/api/goals/${SEED_EMPLOYEE_GOAL_ID}/checkins`,
      'base64url of a number',
      Buffer.from('42').toString('base64url'),
    ],
  ])('GET %s names query.cursor for a garbage cursor (%s)', async (path, _label, cursor) => {
    expectFieldProblem(
      await host.call('GET', `${path}?cursor=${cursor}`, { token }),
      'query.cursor',
    );
  });

  it.each(['__proto__', 'constructor'])(
    'GET /api/goals refuses an unknown ?%s= as an unknown parameter given once',
    async (key) => {
      const res = await host.call('GET', `/api/goals?${key}=x`, { token });
      expectFieldProblem(res, `query.${key}`);
      expect(res.body.errors[0].message).not.toBe('must be given once');
    },
  );

  it.each([
    [
      '/api/goals/{id}/checkins?limit=0',
      'query.limit',
      `/api/goals/${SEED_EMPLOYEE_GOAL_ID}/checkins?limit=0`,
    ],
    ['/api/people?search=<101 chars>', 'query.search', `/api/people?search=${'a'.repeat(101)}`],
    ['/api/alignment?rootId=a%20b', 'query.rootId', '/api/alignment?rootId=a%20b'],
    ['/api/alignment?colour=red', 'query.colour', '/api/alignment?colour=red'],
    ['/api/goals/{bad id}', 'params.id', '/api/goals/a%20b'],
    ['/api/goals/{65 chars}', 'params.id', `/api/goals/${'g'.repeat(65)}`],
    ['/api/goals/{malformed escape}/checkins', 'params.id', '/api/goals/%E0%A4%A/checkins'],
    ['/api/people/{bad id}/reports', 'params.id', '/api/people/%F0%9F%98%80/reports'],
  ])('GET %s answers 400 naming %s', async (_label, field, path) => {
    expectFieldProblem(await host.call('GET', path, { token }), field);
  });
});
