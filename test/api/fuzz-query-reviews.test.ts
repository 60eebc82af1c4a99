import fc from 'fast-check';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { strayKey } from './hostile-bodies.js';
import { FUZZ_TIMEOUT_MS } from './hostile-fuzz.js';
import { anyText, badIdText, badLimit, enc } from './hostile-query.js';
import { scheduleOneOnOne, seriesOf } from './one-on-ones-fixtures.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import { SELF_REVIEW_NOW, openCycleWithReview } from './reviews-fixtures.js';

const REVIEW_QUERY_KEYS = ['limit', 'cursor', 'cycleId', 'revieweeId'];

/** `key=value`, both percent-encoded. */
const param = (key: string, value: string) => `${enc(key)}=${enc(value)}`;

/** One bad parameter among good ones, as `{ query, field the 400 must name }`. */
const badReviewQuery = fc
  .oneof(
    badLimit.map((v) => ['limit', param('limit', v)] as const),
    fc
      .constantFrom('cycleId', 'revieweeId')
      .chain((k) => badIdText.map((v) => [k, param(k, v)] as const)),
    fc
      .oneof(
        fc.constant(''),
        fc.integer({ min: 513, max: 6000 }).map((n) => 'A'.repeat(n)),
      )
      .map((v) => ['cursor', param('cursor', v)] as const),
    strayKey(REVIEW_QUERY_KEYS)
      .filter((k) => k !== '__proto__')
      .map((k) => [k, param(k, '1')] as const),
    // A good parameter given twice.
    fc
      .constantFrom(['limit', '5'], ['cycleId', 'c-1'])
      .map(([k, v]) => [k, `${param(k, v)}&${param(k, v)}`] as const),
  )
  .map(([key, fragment]) => ({
    query: `${param('revieweeId', DEMO_EMPLOYEE_ID)}&${fragment}`,
    field: `query.${key}`,
  }));

describe('review and 1:1 query strings and path ids are validated, never a 500', () => {
  let host: TestHost;
  let employee: string;
  let paths: { cycle: string; series: string; meeting: string };
  beforeAll(async () => {
    host = await startTestHost();
    employee = await host.signIn(DEMO_EMPLOYEE_ID);
    const manager = await host.signIn(DEMO_MANAGER_ID);
    const { cycleId } = await openCycleWithReview(host, SELF_REVIEW_NOW);
    const seriesId = await seriesOf(host, manager);
    const meeting = await scheduleOneOnOne(host, manager, seriesId, '2027-02-01T09:00:00Z');
    const series = `/api/one-on-ones/${seriesId}/meetings`;
    paths = {
      cycle: `/api/cycles/${cycleId}`,
      series,
      meeting: `${series}/${meeting.id}`,
    };
  });
  afterAll(() => host.close());

  it(
    'GET /api/reviews answers 400 naming query.<name> for each bad parameter',
    async () => {
      await fc.assert(
        fc.asyncProperty(badReviewQuery, async ({ query, field }) => {
          expectFieldProblem(
            await host.call('GET', `/api/reviews?${query}`, { token: employee }),
            field,
          );
        }),
        { numRuns: 80 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'GET /api/reviews answers 400 problem+json, never 500, to any garbage cursor',
    async () => {
      const garbage = fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 600 }),
        fc
          .jsonValue({ maxDepth: 2 })
          .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
      );
      await fc.assert(
        fc.asyncProperty(garbage, async (cursor) => {
          const res = await host.call('GET', `/api/reviews?cursor=${enc(cursor)}`, {
            token: employee,
          });
          expectFieldProblem(res, 'query.cursor');
        }),
        { numRuns: 50 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  const QUERYLESS = [
    '/api/cycles',
    '{cycle}',
    '{cycle}/report',
    '/api/one-on-ones',
    '{series}',
    '{meeting}/private-note',
  ];
  it.each(
    QUERYLESS.flatMap((path) => ['x', '__proto__', 'constructor', 'limit'].map((k) => [path, k])),
  )('GET %s?%s=1 answers 400 naming the parameter', async (path, key) => {
    const url = path
      .replace('{cycle}', paths.cycle)
      .replace('{series}', paths.series)
      .replace('{meeting}', paths.meeting);
    expectFieldProblem(
      await host.call('GET', `${url}?${key}=1`, { token: employee }),
      `query.${key}`,
    );
  });

  it(
    'GET on any garbage review, series or 1:1 id answers 400 naming it, or 404; never 500',
    async () => {
      // An empty or dot segment is another URL once normalised (`/api/reviews/` is the list).
      const id = fc
        .oneof(badIdText, anyText, fc.stringMatching(/^[\w-]{1,64}$/))
        .filter((raw) => !['', '.', '..'].includes(raw));
      const where = fc.constantFrom('review', 'cycle', 'report', 'series', 'meeting', 'note');
      await fc.assert(
        fc.asyncProperty(where, id, async (at, raw) => {
          const { url, field } = urlWithId(at, enc(raw));
          const res = await host.call('GET', url, { token: employee });
          if (res.status === 404) return void expectProblem(res, 404);
          expectFieldProblem(res, field);
        }),
        { numRuns: 80 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  /** A GET path with `id` in one of its id segments, and the parameter the 400 must name. */
  function urlWithId(at: string, id: string): { url: string; field: string } {
    const seriesId = paths.series.split('/')[3] ?? '';
    switch (at) {
      case 'review':
        return { url: `/api/reviews/${id}`, field: 'params.id' };
      case 'cycle':
        return { url: `/api/cycles/${id}`, field: 'params.id' };
      case 'report':
        return { url: `/api/cycles/${id}/report`, field: 'params.id' };
      case 'series':
        return { url: `/api/one-on-ones/${id}/meetings`, field: 'params.seriesId' };
      case 'meeting':
        return {
          url: `/api/one-on-ones/${seriesId}/meetings/${id}/private-note`,
          field: 'params.id',
        };
      default:
        return { url: `/api/one-on-ones/${id}/meetings/x/private-note`, field: 'params.seriesId' };
    }
  }
});
