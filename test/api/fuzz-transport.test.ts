import fc from 'fast-check';
import { DEMO_ADMIN_ID, DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { createGoal, readWriteState, type CreatedGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import { WRONG_TYPES, malformed, notAnObjectBody } from './hostile-transport.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import {
  checkInSpec,
  createGoalSpec,
  signInSpec,
  smartCheckSpec,
  updateGoalSpec,
} from './route-body-specs.js';

/** Generous: the properties take a few seconds, more on a slow machine. */
const FUZZ_TIMEOUT_MS = 60_000;

/** Every route with a body, and the (otherwise valid) body it is sent. */
const ROUTES = [
  {
    name: 'POST /api/goals',
    method: 'POST',
    path: () => '/api/goals',
    valid: createGoalSpec.valid,
  },
  {
    name: 'PATCH /api/goals/{id}',
    method: 'PATCH',
    path: (g: CreatedGoal) => `/api/goals/${g.id}`,
    valid: updateGoalSpec.valid,
  },
  {
    name: 'POST /api/goals/{id}/checkins',
    method: 'POST',
    path: (g: CreatedGoal) => `/api/goals/${g.id}/checkins`,
    valid: checkInSpec.valid,
  },
  {
    name: 'POST /api/goals/smart-check',
    method: 'POST',
    path: () => '/api/goals/smart-check',
    valid: smartCheckSpec.valid,
  },
  {
    name: 'POST /api/dev/sign-in',
    method: 'POST',
    path: () => '/api/dev/sign-in',
    valid: signInSpec.valid,
  },
] as const;

describe('bodies that are no JSON object, or sent as something else', () => {
  let host: TestHost;
  let employee: string;
  let admin: string;
  beforeAll(async () => {
    host = await startTestHost();
    employee = await host.signIn(DEMO_EMPLOYEE_ID);
    admin = await host.signIn(DEMO_ADMIN_ID);
  });
  afterAll(() => host.close());

  it.each(ROUTES)(
    '$name answers 400 naming `body`, never 500, and writes nothing',
    async (route) => {
      const probe = await createGoal(host, employee);
      const before = await readWriteState(host, admin, probe.id);
      const validText = JSON.stringify(route.valid);
      const cases = fc.oneof(
        notAnObjectBody.map((text) => ({ text, type: 'application/json' })),
        malformed(validText).map((text) => ({ text, type: 'application/json' })),
        fc.constantFrom('', ' ', '\n\t ').map((text) => ({ text, type: 'application/json' })),
        fc.constantFrom(...WRONG_TYPES).map((type) => ({ text: validText, type })),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ text, type }) => {
          const res = await host.call(route.method, route.path(probe), {
            token: employee,
            rawBody: text,
            headers: { 'content-type': type, 'if-match': `"${probe.etag}"` },
          });
          expectFieldProblem(res, 'body');
        }),
        { numRuns: 80 },
      );
      expect(await readWriteState(host, admin, probe.id)).toEqual(before);
    },
    FUZZ_TIMEOUT_MS,
  );

  it.each(ROUTES)(
    '$name answers 400 problem+json naming body to a body over 256 KB, and writes nothing',
    async (route) => {
      const probe = await createGoal(host, employee);
      const before = await readWriteState(host, admin, probe.id);
      const validText = JSON.stringify(route.valid);
      const padded = fc
        .tuple(fc.integer({ min: 1, max: 150_000 }), fc.constantFrom('x', 'é', '😀'))
        .map(([extra, char]) => {
          const count = Math.ceil((256 * 1024 + extra) / Buffer.byteLength(char));
          return `${validText.slice(0, -1)},"padding":"${char.repeat(count)}"}`;
        });
      await fc.assert(
        fc.asyncProperty(padded, async (text) => {
          const res = await host.call(route.method, route.path(probe), {
            token: employee,
            rawBody: text,
            headers: { 'content-type': 'application/json', 'if-match': `"${probe.etag}"` },
          });
          const problem = expectProblem(res, 400);
          expect(problem.errors).toEqual([
            { field: 'body', message: expect.stringContaining('at most') },
          ]);
        }),
        { numRuns: 5 },
      );
      expect(await readWriteState(host, admin, probe.id)).toEqual(before);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('refuses a 300 KB title at the host, before the field is ever parsed', async () => {
    const res = await host.call('POST', '/api/goals', {
      token: employee,
      body: { ...createGoalSpec.valid, title: 'x'.repeat(300 * 1024) },
    });
    expect(expectProblem(res, 400).errors[0].field).toBe('body');
  });
});
