import fc from 'fast-check';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { evidenceFor, saveViaBot } from './bot-message-actions.js';
import { startTestHost, type TestHost } from './harness.js';
import { strayKey } from './hostile-bodies.js';
import { FUZZ_TIMEOUT_MS } from './hostile-fuzz.js';
import { anyText, badIdText, badLimit, enc } from './hostile-query.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';

const GOAL_PATH = `/api/goals/${SEED_EMPLOYEE_GOAL_ID}/evidence`;

/** `key=value`, both percent-encoded. */
const param = (key: string, value: string) => `${enc(key)}=${enc(value)}`;

/** One bad parameter of the evidence list, as `{ query, field the 400 must name }`. */
const badEvidenceQuery = fc
  .oneof(
    badLimit.map((v) => ['limit', param('limit', v)] as const),
    fc
      .oneof(
        fc.constant(''),
        fc.integer({ min: 513, max: 4000 }).map((n) => 'A'.repeat(n)),
      )
      .map((v) => ['cursor', param('cursor', v)] as const),
    strayKey(['limit', 'cursor'])
      .filter((k) => k !== '__proto__')
      .map((k) => [k, param(k, '1')] as const),
    fc.constant(['limit', `${param('limit', '5')}&${param('limit', '5')}`] as const),
  )
  .map(([key, query]) => ({ query, field: `query.${key}` }));

/** Any path segment: garbage, hostile text or a well-formed id nobody has. */
const anySegment = fc
  .oneof(badIdText, anyText, fc.stringMatching(/^[\w-]{1,64}$/))
  .filter((raw) => !['', '.', '..'].includes(raw));

describe('the evidence routes validate their query and path, never a 500', () => {
  let host: TestHost;
  let token: string;
  let evidenceId: string;
  beforeAll(async () => {
    host = await startTestHost();
    token = await host.signIn(DEMO_EMPLOYEE_ID);
    await saveViaBot(host, DEMO_EMPLOYEE_ID, SEED_EMPLOYEE_GOAL_ID, 'm-fuzz');
    evidenceId = (await evidenceFor(host, token, SEED_EMPLOYEE_GOAL_ID, 'm-fuzz')).id;
  });
  afterAll(() => host.close());
  const call = (method: string, path: string) => host.call(method, path, { token });

  /** A 400 naming `field`, or a 404 for a well-formed id that names nothing. */
  const refused = (res: Awaited<ReturnType<typeof call>>, field: string) => {
    if (res.status === 404) return void expectProblem(res, 404);
    expectFieldProblem(res, field);
  };

  it(
    'answers 400 naming query.<name> for each bad parameter of the list',
    async () => {
      await fc.assert(
        fc.asyncProperty(badEvidenceQuery, async ({ query, field }) => {
          expectFieldProblem(await call('GET', `${GOAL_PATH}?${query}`), field);
        }),
        { numRuns: 60 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers 400 naming params.id, or 404, for any garbage goal id',
    async () => {
      await fc.assert(
        fc.asyncProperty(anySegment, async (raw) => {
          refused(await call('GET', `/api/goals/${enc(raw)}/evidence`), 'params.id');
          refused(
            await call('DELETE', `/api/goals/${enc(raw)}/evidence/${evidenceId}`),
            'params.id',
          );
        }),
        { numRuns: 60 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers 400 naming params.evidenceId, or 404, for any garbage evidence id, removing nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(anySegment, async (raw) => {
          refused(await call('DELETE', `${GOAL_PATH}/${enc(raw)}`), 'params.evidenceId');
        }),
        { numRuns: 60 },
      );
      await expect(
        evidenceFor(host, token, SEED_EMPLOYEE_GOAL_ID, 'm-fuzz'),
      ).resolves.toMatchObject({ id: evidenceId });
    },
    FUZZ_TIMEOUT_MS,
  );
});
