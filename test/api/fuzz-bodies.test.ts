import fc from 'fast-check';
import { DEMO_ADMIN_ID, DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { createGoal, readWriteState, type CreatedGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import type { BodySpec, HostileBody } from './hostile-bodies.js';
import { hostileBodies } from './hostile-bodies.js';
import { expectFieldProblem, type ApiResponse } from './problem-assertions.js';
import {
  checkInSpec,
  createGoalSpec,
  signInSpec,
  smartCheckSpec,
  updateGoalSpec,
} from './route-body-specs.js';

/** Generous: the properties take a few seconds, more on a slow machine. */
const FUZZ_TIMEOUT_MS = 60_000;

/** One POST/PATCH route: how to send a body to it about a fresh probe goal. */
interface FuzzedRoute {
  name: string;
  method: 'POST' | 'PATCH';
  path: (probe: CreatedGoal) => string;
  spec: BodySpec;
  successStatus: number;
  authenticated: boolean;
  sendsIfMatch: boolean;
  /** Hostile bodies the spec cannot express. */
  more: HostileBody[];
  numRuns: number;
}

const ROUTES: FuzzedRoute[] = [
  {
    name: 'POST /api/goals',
    method: 'POST',
    path: () => '/api/goals',
    spec: createGoalSpec,
    successStatus: 201,
    authenticated: true,
    sendsIfMatch: false,
    more: [],
    numRuns: 150,
  },
  {
    name: 'PATCH /api/goals/{id}',
    method: 'PATCH',
    path: (g) => `/api/goals/${g.id}`,
    spec: updateGoalSpec,
    successStatus: 200,
    authenticated: true,
    sendsIfMatch: true,
    more: [{ text: '{}', field: 'body' }],
    numRuns: 150,
  },
  {
    name: 'POST /api/goals/{id}/checkins',
    method: 'POST',
    path: (g) => `/api/goals/${g.id}/checkins`,
    spec: checkInSpec,
    successStatus: 201,
    authenticated: true,
    sendsIfMatch: false,
    more: [],
    numRuns: 100,
  },
  {
    name: 'POST /api/goals/smart-check',
    method: 'POST',
    path: () => '/api/goals/smart-check',
    spec: smartCheckSpec,
    successStatus: 200,
    authenticated: true,
    sendsIfMatch: false,
    more: [],
    numRuns: 100,
  },
  {
    name: 'POST /api/dev/sign-in',
    method: 'POST',
    path: () => '/api/dev/sign-in',
    spec: signInSpec,
    successStatus: 200,
    authenticated: false,
    sendsIfMatch: false,
    more: [],
    numRuns: 60,
  },
];

describe('every POST/PATCH route refuses hostile bodies with a 400 naming the field', () => {
  let host: TestHost;
  let employee: string;
  let admin: string;
  beforeAll(async () => {
    host = await startTestHost();
    employee = await host.signIn(DEMO_EMPLOYEE_ID);
    admin = await host.signIn(DEMO_ADMIN_ID);
  });
  afterAll(() => host.close());

  function send(route: FuzzedRoute, probe: CreatedGoal, text: string): Promise<ApiResponse> {
    return host.call(route.method, route.path(probe), {
      ...(route.authenticated ? { token: employee } : {}),
      rawBody: text,
      headers: {
        'content-type': 'application/json',
        ...(route.sendsIfMatch ? { 'if-match': `"${probe.etag}"` } : {}),
      },
    });
  }

  it.each(ROUTES)('$name accepts the unbroken body the fuzzing starts from', async (route) => {
    const probe = await createGoal(host, employee);
    const res = await send(route, probe, JSON.stringify(route.spec.valid));
    expect({ status: res.status, body: res.body }).toMatchObject({ status: route.successStatus });
  });

  it.each(ROUTES)(
    '$name: never 500, never a partial write',
    async (route) => {
      const probe = await createGoal(host, employee);
      const before = await readWriteState(host, admin, probe.id);
      const bodies = fc.oneof(hostileBodies(route.spec), ...route.more.map((b) => fc.constant(b)));
      await fc.assert(
        fc.asyncProperty(bodies, async ({ text, field }) => {
          expectFieldProblem(await send(route, probe, text), field);
        }),
        { numRuns: route.numRuns },
      );
      expect(await readWriteState(host, admin, probe.id)).toEqual(before);
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
      expect(Reflect.get({}, 'isAdmin')).toBeUndefined();
    },
    FUZZ_TIMEOUT_MS,
  );

  const POLLUTERS = ['__proto__', 'constructor', 'prototype'];
  it.each(ROUTES.flatMap((route) => POLLUTERS.map((key) => [route.name, key, route] as const)))(
    '%s refuses an own %s key, at the top and inside an object, and pollutes nothing',
    async (_name, key, route) => {
      const probe = await createGoal(host, employee);
      const payload = `{${JSON.stringify(key)}:{"polluted":"yes","isAdmin":true}`;
      const valid = JSON.stringify(route.spec.valid);
      expectFieldProblem(await send(route, probe, `${payload},${valid.slice(1)}`), `body.${key}`);
      if ('metric' in route.spec.valid) {
        const metric = `{"unit":"ms","start":1,"target":2,${payload.slice(1)}}`;
        const nested = `${valid.slice(0, -1)},"metric":${metric}}`;
        expectFieldProblem(await send(route, probe, nested), `body.metric.${key}`);
      }
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
    },
  );

  it.each([
    [-0.5, 'below 0'],
    [100.01, 'above 100'],
    [1e6, 'far above 100'],
  ])('refuses a check-in of %p (%s) on a goal without a metric, writing nothing', async (value) => {
    const probe = await createGoal(host, employee, { metric: undefined });
    const before = await readWriteState(host, admin, probe.id);
    const res = await host.call('POST', `/api/goals/${probe.id}/checkins`, {
      token: employee,
      body: { value, confidence: 5 },
    });
    expectFieldProblem(res, 'body.value');
    expect(await readWriteState(host, admin, probe.id)).toEqual(before);
  });
});
