import fc from 'fast-check';
import type { TestHost } from './harness.js';
import { hostileBodies, type BodySpec, type HostileBody } from './hostile-bodies.js';
import { WRONG_TYPES, brokenJsonBodies } from './hostile-transport.js';
import { expectFieldProblem, type ApiResponse } from './problem-assertions.js';

/** Generous: the properties take a few seconds, more on a slow machine. */
export const FUZZ_TIMEOUT_MS = 60_000;

/** Where one fuzz run sends its bodies, and what a refused body must leave unchanged. */
export interface FuzzTarget {
  path: string;
  token: string;
  /** Sent with every body, e.g. the probe's `If-Match`. */
  headers?: Record<string, string>;
  /** Reads the state a refused body must not change. */
  state: () => Promise<unknown>;
  /** A valid body that fits this probe better than the spec's, which it replaces. */
  valid?: Record<string, unknown>;
}

/** One route with a JSON body under fuzz; `target` makes a fresh probe for each test. */
export interface FuzzedRoute<C> {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT';
  spec: BodySpec;
  successStatus: number;
  /** Hostile bodies the spec cannot express. */
  more?: readonly HostileBody[];
  numRuns: number;
  target: (ctx: C) => Promise<FuzzTarget>;
}

/** Keys that have polluted prototypes elsewhere, sent as own keys at the top of a body. */
const POLLUTERS = ['__proto__', 'constructor', 'prototype'];

function send(
  host: TestHost,
  method: string,
  target: FuzzTarget,
  text: string,
  type = 'application/json',
): Promise<ApiResponse> {
  return host.call(method, target.path, {
    token: target.token,
    rawBody: text,
    headers: { ...target.headers, 'content-type': type },
  });
}

/** Asserts no hostile body left a property on `Object.prototype`. */
export function expectNothingPolluted(): void {
  expect(Reflect.get({}, 'polluted')).toBeUndefined();
  expect(Reflect.get({}, 'isAdmin')).toBeUndefined();
}

/** The route's spec, with the valid body its probe brought, if any. */
function specFor<C>(route: FuzzedRoute<C>, target: FuzzTarget): BodySpec {
  return target.valid === undefined ? route.spec : { ...route.spec, valid: target.valid };
}

/** Every body a route must refuse: the spec's, the route's own, and broken JSON. */
function everyHostileBody<C>(route: FuzzedRoute<C>, spec: BodySpec): fc.Arbitrary<HostileBody> {
  return fc.oneof(
    { arbitrary: hostileBodies(spec), weight: 6 },
    { arbitrary: brokenJsonBodies(JSON.stringify(spec.valid)), weight: 1 },
    ...(route.more ?? []).map((b) => ({ arbitrary: fc.constant(b), weight: 1 })),
  );
}

/** Sends the probe's valid body and expects the route's success status. */
async function expectValidAccepted<C>(host: TestHost, route: FuzzedRoute<C>, target: FuzzTarget) {
  const valid = JSON.stringify(specFor(route, target).valid);
  const res = await send(host, route.method, target, valid);
  expect({ status: res.status, body: res.body }).toMatchObject({ status: route.successStatus });
}

/** Runs the route's property: every hostile body is a 400 naming its field. */
async function expectHostileRefused<C>(host: TestHost, route: FuzzedRoute<C>, target: FuzzTarget) {
  await fc.assert(
    fc.asyncProperty(everyHostileBody(route, specFor(route, target)), async ({ text, field }) => {
      expectFieldProblem(await send(host, route.method, target, text), field);
    }),
    { numRuns: route.numRuns },
  );
}

/** Own `__proto__`-like keys at the top, and the valid body under non-JSON content types. */
async function expectOddBodiesRefused<C>(
  host: TestHost,
  route: FuzzedRoute<C>,
  target: FuzzTarget,
) {
  const valid = JSON.stringify(specFor(route, target).valid);
  for (const key of POLLUTERS) {
    const text = `{${JSON.stringify(key)}:{"polluted":"yes","isAdmin":true},${valid.slice(1)}`;
    expectFieldProblem(await send(host, route.method, target, text), `body.${key}`);
  }
  for (const type of WRONG_TYPES) {
    expectFieldProblem(await send(host, route.method, target, valid, type), 'body');
  }
}

/** Runs `refuse` on a fresh probe and asserts it changed nothing and polluted nothing. */
async function withoutWrites<C>(
  host: TestHost,
  route: FuzzedRoute<C>,
  target: FuzzTarget,
  refuse: typeof expectHostileRefused,
) {
  const before = await target.state();
  await refuse(host, route, target);
  expect(await target.state()).toEqual(before);
  expectNothingPolluted();
}

/**
 * Declares, for each route: the unbroken body is accepted; every hostile body (a bad field, a
 * missing one, a stray key, broken JSON) is a 400 problem naming the field, never a 500, and
 * changes nothing; a wrong content type and own `__proto__`-like keys are refused the same way.
 */
export function describeBodyFuzz<C extends { host: TestHost }>(
  title: string,
  setup: () => Promise<C>,
  routes: readonly FuzzedRoute<C>[],
): void {
  describe(title, () => {
    let ctx: C;
    beforeAll(async () => {
      ctx = await setup();
    });
    afterAll(() => ctx.host.close());

    it.each(routes)('$name accepts the unbroken body the fuzzing starts from', async (route) => {
      await expectValidAccepted(ctx.host, route, await route.target(ctx));
    });

    it.each(routes)(
      '$name: every hostile body is a 400 naming the field, never a 500, and writes nothing',
      async (route) => {
        await withoutWrites(ctx.host, route, await route.target(ctx), expectHostileRefused);
      },
      FUZZ_TIMEOUT_MS,
    );

    it.each(routes)(
      '$name refuses own polluting keys and non-JSON content types, writing nothing',
      async (route) => {
        await withoutWrites(ctx.host, route, await route.target(ctx), expectOddBodiesRefused);
      },
    );
  });
}
