import fc from 'fast-check';
import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { createGoal, readWriteState } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import { FUZZ_TIMEOUT_MS, describeBodyFuzz, type FuzzedRoute } from './hostile-fuzz.js';
import { anyText, badIdText, enc } from './hostile-query.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import { checkInSpec } from './route-body-specs.js';

/** What the API takes as an `Idempotency-Key`, after `fetch` strips the ends' white space. */
const VALID_KEY = /^[\x21-\x7e]{1,128}$/;

interface Ctx {
  host: TestHost;
  employee: string;
}

async function setup(): Promise<Ctx> {
  const host = await startTestHost();
  return { host, employee: await host.signIn(DEMO_EMPLOYEE_ID) };
}

const ROUTES: FuzzedRoute<Ctx>[] = [
  {
    name: 'POST /api/goals/{id}/checkins with an Idempotency-Key',
    method: 'POST',
    spec: checkInSpec,
    successStatus: 201,
    numRuns: 60,
    target: async ({ host, employee }) => {
      const probe = await createGoal(host, employee);
      return {
        path: `/api/goals/${probe.id}/checkins`,
        token: employee,
        headers: { 'idempotency-key': `fuzz-${probe.id}` },
        state: () => readWriteState(host, employee, probe.id),
      };
    },
  },
];

describeBodyFuzz(
  'a check-in with an Idempotency-Key refuses hostile bodies like one without',
  setup,
  ROUTES,
);

/** Header values HTTP can carry (visible ASCII, space, tab, Latin-1) that are no valid key. */
const headerChar = fc
  .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }))
  .map((code) => String.fromCharCode(code));
const badKey = fc
  .oneof(
    fc.string({ unit: headerChar, maxLength: 200 }),
    fc.constantFrom('a b', 'key\t2', 'k'.repeat(129), '', ' ', 'é'),
  )
  .filter((key) => !VALID_KEY.test(key.trim()));

describe('the Idempotency-Key header and the card route are validated, never a 500', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await setup();
  });
  afterAll(() => ctx.host.close());

  it(
    'POST /api/goals/{id}/checkins answers 400 naming the header for any bad key, writing nothing',
    async () => {
      const { host, employee } = ctx;
      const probe = await createGoal(host, employee);
      const before = await readWriteState(host, employee, probe.id);
      await fc.assert(
        fc.asyncProperty(badKey, async (key) => {
          const res = await host.call('POST', `/api/goals/${probe.id}/checkins`, {
            token: employee,
            body: checkInSpec.valid,
            headers: { 'idempotency-key': key },
          });
          expectFieldProblem(res, 'headers.idempotency-key');
        }),
        { numRuns: 80 },
      );
      expect(await readWriteState(host, employee, probe.id)).toEqual(before);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'GET /api/goals/{id}/card answers 400 naming params.id, or 404, for any garbage goal id',
    async () => {
      const id = fc
        .oneof(badIdText, anyText, fc.stringMatching(/^[\w-]{1,64}$/))
        .filter((raw) => !['', '.', '..'].includes(raw));
      await fc.assert(
        fc.asyncProperty(id, async (raw) => {
          const res = await ctx.host.call('GET', `/api/goals/${enc(raw)}/card`, {
            token: ctx.employee,
          });
          if (res.status === 404) return void expectProblem(res, 404);
          expectFieldProblem(res, 'params.id');
        }),
        { numRuns: 80 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
