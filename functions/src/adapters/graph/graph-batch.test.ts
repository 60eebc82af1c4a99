import { DomainError } from '../../ports/errors.js';
import type { BatchRequest } from './graph-batch.js';
import { GraphClient } from './graph-client.js';
import {
  graphFixture,
  GraphTestServer,
  type GraphCall,
  type GraphReply,
} from './graph-test-server.js';

const throttledBatch = graphFixture('batch-throttled.composed.response.json');
const gets = (n: number): BatchRequest[] =>
  Array.from({ length: n }, (_, i) => ({ method: 'GET', url: `/users/u${i + 1}` }));
const user = (call: GraphCall): GraphReply => ({ status: 200, body: { id: call.path.slice(7) } });
const batchSizes = (calls: GraphCall[]): number[] =>
  calls.map((c) => (c.body as { requests: unknown[] }).requests.length);

describe('GraphClient.batch against a local Graph', () => {
  let server: GraphTestServer;
  let sleeps: number[];
  let client: GraphClient;

  beforeAll(async () => {
    server = await GraphTestServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    sleeps = [];
    client = new GraphClient({
      accessToken: () => Promise.resolve('token'),
      fetch: server.fetch,
      retry: { sleep: (ms) => Promise.resolve(void sleeps.push(ms)), random: () => 0.5 },
    });
  });

  it.each([
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
    [45, [20, 20, 5]],
  ])('sends %i requests in ceil(n/20) $batch calls of sizes %j', async (n, sizes) => {
    server.reset((call) => (call.batched ? user(call) : undefined));
    const results = await client.batch(gets(n));
    expect(server.httpCalls.map((c) => c.path)).toEqual(sizes.map(() => '/$batch'));
    expect(batchSizes(server.httpCalls)).toEqual(sizes);
    expect(results.map((r) => (r.ok ? r.body : null))).toEqual(
      Array.from({ length: n }, (_, i) => ({ id: `u${i + 1}` })),
    );
  });

  it('retries only the item throttled inside a 200 batch, after its Retry-After', async () => {
    let outer = 0;
    server.reset((call) => {
      if (call.batched) return user(call);
      outer += 1;
      return outer === 1 ? { status: 200, body: throttledBatch } : undefined;
    });
    const results = await client.batch(gets(5));
    expect(sleeps).toEqual([10_000]);
    expect(batchSizes(server.httpCalls)).toEqual([5, 1]);
    expect(server.calls.filter((c) => c.batched).map((c) => c.path)).toEqual(['/users/u2']);
    expect(results.map((r) => r.status)).toEqual([200, 200, 403, 405, 200]);
    expect(results[1]).toEqual({ ok: true, status: 200, body: { id: 'u2' } });
    expect(results[2]).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // 405 means we sent something Graph cannot take: a plain error, not the caller's fault.
    const unexpected = results[3];
    expect(unexpected?.ok === false && !(unexpected.error instanceof DomainError)).toBe(true);
  });

  it('retries an item answered 503 with backoff, others untouched', async () => {
    let tries = 0;
    server.reset((call) => {
      if (call.path !== '/users/u3') return call.batched ? user(call) : undefined;
      tries += 1;
      return tries < 3
        ? { status: 503, body: { error: { code: 'x', message: 'busy' } } }
        : user(call);
    });
    const results = await client.batch(gets(4));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(batchSizes(server.httpCalls)).toEqual([4, 1, 1]);
    expect(sleeps).toEqual([375, 750]);
  });

  it('reports an item still throttled after 4 tries as throttled with its retryAfter', async () => {
    server.reset((call) =>
      call.path === '/users/u1'
        ? {
            status: 429,
            headers: { 'retry-after': '2.128' },
            body: { error: { code: 'TooManyRequests' } },
          }
        : undefined,
    );
    const [result] = await client.batch(gets(1));
    expect(result).toMatchObject({
      ok: false,
      status: 429,
      error: { code: 'throttled', retryAfter: 3 },
    });
    expect(server.httpCalls).toHaveLength(4);
    expect(sleeps).toEqual([2128, 2128, 2128]);
  });

  it('retries a whole $batch answered 429 (outside) after its Retry-After', async () => {
    let outer = 0;
    server.reset((call) => {
      if (call.batched) return user(call);
      outer += 1;
      return outer === 1 ? (graphFixture('throttling-429.response.json') as GraphReply) : undefined;
    });
    const results = await client.batch(gets(2));
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(batchSizes(server.httpCalls)).toEqual([2, 2]);
    expect(sleeps).toEqual([10_000]);
  });
});
