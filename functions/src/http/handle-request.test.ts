import { z } from 'zod';
import type { ErrorCode } from '../ports/errors.js';
import { DomainError } from '../ports/errors.js';
import type { Identity, TokenVerifier } from './auth/identity.js';
import { HttpRequest, InvocationContext } from './azure-functions.js';
import type { RouteInput, RouteResult } from './define-route.js';
import { defineRoute } from './define-route.js';
import { handleRequest } from './handle-request.js';

const ALICE: Identity = { tenantId: 't-1', userId: 'u-alice', name: 'Alice', appRoles: [] };

/** Accepts exactly one token; anything else is unauthenticated, as a real verifier would say. */
class FakeVerifier implements TokenVerifier {
  verify(token: string): Promise<Identity> {
    if (token === 'good-token') return Promise.resolve(ALICE);
    return Promise.reject(new DomainError('unauthenticated', 'token rejected'));
  }
}

type Input = RouteInput<{ id: string }, { limit?: number }, { x: number }>;

/** `PATCH /things/{id}` with strict params, query and body; `handler` decides the answer. */
function thingRoute(handler: (input: Input) => Promise<RouteResult>, authenticate = true) {
  return defineRoute({
    name: 'patchThing',
    method: 'PATCH',
    path: '/things/{id}',
    summary: 'Change a thing',
    authenticate,
    params: z.strictObject({ id: z.string().regex(/^t-\d+$/) }),
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).optional() }),
    body: z.strictObject({ x: z.number() }),
    handler,
  });
}

type Call = Partial<Record<'query' | 'id' | 'body', string>> & { headers?: Record<string, string> };

/** Runs `route` on a real request as Alice; returns the answer and what was logged. */
async function call(route: ReturnType<typeof thingRoute>, options: Call = {}) {
  const logged: unknown[][] = [];
  const request = new HttpRequest({
    method: 'PATCH',
    url: `http://localhost/api/things/${options.id ?? 't-1'}${options.query ?? ''}`,
    headers: {
      authorization: 'Bearer good-token',
      'content-type': 'application/json',
      ...options.headers,
    },
    params: { id: options.id ?? 't-1' },
    body: { string: options.body ?? '{"x":1}' },
  });
  const context = new InvocationContext({
    invocationId: 'inv-42',
    functionName: route.name,
    logHandler: (level, ...args) => logged.push([level, ...args]),
  });
  const init = await handleRequest(route, request, context, new FakeVerifier());
  return { init, headers: (init.headers ?? {}) as Record<string, string>, logged };
}

/** A route that answers 200 and keeps what its handler was given in `seen.input`. */
function echoRoute() {
  const seen: { input?: Input } = {};
  const route = thingRoute((input) => {
    seen.input = input;
    return Promise.resolve({ body: { ok: true } });
  });
  return { route, seen };
}

const fields = (init: { jsonBody?: unknown }) =>
  (init.jsonBody as { errors?: { field: string }[] }).errors?.map((e) => e.field);

describe('handleRequest authentication', () => {
  it.each<[string, Record<string, string>]>([
    ['no token', { authorization: '' }],
    ['a bad token', { authorization: 'Bearer bad-token' }],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('answers %s with a 401 problem', async (_case, headers) => {
    const { init, headers: out } = await call(echoRoute().route, { headers });
    expect(init.status).toBe(401);
    expect(out['content-type']).toBe('application/problem+json');
    expect(out['www-authenticate']).toBe('Bearer');
  });

  it('hands the verified identity to the handler', async () => {
    const { route, seen } = echoRoute();
    await call(route);
    expect(seen.input?.identity).toEqual(ALICE);
  });

  it('lets an unauthenticated route run without a token', async () => {
    const open = thingRoute(() => Promise.resolve({ body: 1 }), false);
    const { init } = await call(open, { headers: { authorization: '' } });
    expect(init.status).toBe(200);
  });
});

describe('handleRequest validation', () => {
  it.each<[string, Call, string[]]>([
    ['a bad path parameter', { id: 'nope' }, ['params.id']],
    ['a bad query parameter', { query: '?limit=500' }, ['query.limit']],
    ['a non-numeric query parameter', { query: '?limit=lots' }, ['query.limit']],
    ['an unknown query parameter', { query: '?sort=x' }, ['query.sort']],
    ['a duplicated query parameter', { query: '?limit=1&limit=2' }, ['query.limit']],
    ['?__proto__', { query: '?__proto__=x' }, ['query.__proto__']],
    ['?constructor', { query: '?constructor=x' }, ['query.constructor']],
    ['?hasOwnProperty', { query: '?hasOwnProperty=x' }, ['query.hasOwnProperty']],
    ['a bad body field', { body: '{"x":"one"}' }, ['body.x']],
    ['an unknown body field', { body: '{"x":1,"y":2}' }, ['body.y']],
    ['malformed JSON', { body: '{"x":' }, ['body']],
  ])('answers %s with a 400 naming the field', async (_case, options, expected) => {
    const { init } = await call(echoRoute().route, options);
    expect(init.status).toBe(400);
    expect(fields(init)).toEqual(expected);
  });

  it.each([['?__proto__=x'], ['?constructor=x']])(
    'reports %s as unknown, not as given twice',
    async (query) => {
      const { init } = await call(echoRoute().route, { query });
      expect(JSON.stringify(init.jsonBody)).not.toMatch(/twice|given once/);
    },
  );

  it('hands parsed input to the handler', async () => {
    const { route, seen } = echoRoute();
    await call(route, { query: '?limit=7', id: 't-9', body: '{"x":3}' });
    expect(seen.input).toMatchObject({
      params: { id: 't-9' },
      query: { limit: 7 },
      body: { x: 3 },
    });
  });
});

describe('handleRequest headers', () => {
  it.each<[string | undefined, string | undefined]>([
    ['"abc"', 'abc'],
    ['W/"abc"', 'abc'],
    ['abc', 'abc'],
    ['  "abc"  ', 'abc'],
    [undefined, undefined],
  ])('reads If-Match %p as %p', async (ifMatch, expected) => {
    const { route, seen } = echoRoute();
    await call(route, { headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });
    expect(seen.input?.ifMatch).toBe(expected);
  });

  it('quotes result.etag into the ETag header, and sends none without one', async () => {
    const { headers } = await call(thingRoute(() => Promise.resolve({ body: {}, etag: 'v7' })));
    expect(headers.etag).toBe('"v7"');
    expect((await call(echoRoute().route)).headers).not.toHaveProperty('etag');
  });

  it.each<[string, Call]>([
    ['a success', {}],
    ['a validation problem', { id: 'nope' }],
    ['a 401 problem', { headers: { authorization: '' } }],
  ])('marks %s cache-control: no-store', async (_case, options) => {
    expect((await call(echoRoute().route, options)).headers['cache-control']).toBe('no-store');
  });
});

describe('handleRequest errors', () => {
  it.each<[ErrorCode, number]>([
    ['not_found', 404],
    ['forbidden', 403],
    ['conflict', 409],
    ['precondition_failed', 412],
    ['precondition_required', 428],
    ['upstream_unavailable', 503],
  ])('maps a thrown %s to %i', async (code, status) => {
    const { init, logged } = await call(
      thingRoute(() => Promise.reject(new DomainError(code, 'x'))),
    );
    expect(init.status).toBe(status);
    expect(logged).toEqual([]);
  });

  it('answers a plain Error with a 500 that hides its message and logs it', async () => {
    const boom = new Error('db password=hunter2 at 10.0.0.7');
    const { init, logged } = await call(thingRoute(() => Promise.reject(boom)));
    expect(init.status).toBe(500);
    expect(JSON.stringify(init)).not.toMatch(/hunter2|10\.0\.0\.7/);
    expect(init.jsonBody).toMatchObject({ traceId: 'inv-42' });
    expect(logged).toEqual([['error', expect.stringContaining('inv-42'), boom]]);
  });

  it('uses the handler status, then the route success status', async () => {
    const created = defineRoute({ ...echoRoute().route, successStatus: 201 });
    expect((await call(created)).init.status).toBe(201);
    const { init } = await call(thingRoute(() => Promise.resolve({ status: 202 })));
    expect(init.status).toBe(202);
    expect(init).not.toHaveProperty('jsonBody');
  });
});
