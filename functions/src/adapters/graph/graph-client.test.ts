import { DomainError } from '../../ports/errors.js';
import { GraphClient } from './graph-client.js';
import { graphFixture, GraphTestServer, type GraphReply } from './graph-test-server.js';

const throttled = graphFixture('throttling-429.response.json') as GraphReply;
const unavailable: GraphReply = {
  status: 503,
  body: { error: { code: 'serviceNotAvailable', message: 'Service unavailable' } },
};
const page1 = graphFixture('direct-reports.page1.composed.response.json') as {
  '@odata.nextLink': string;
};
const page2 = graphFixture('direct-reports.page2.composed.response.json');
const me = { id: '7d54cb02-aaa3-4016-9f9c-a4b49422dd9b', displayName: 'Sara Davis' };

describe('GraphClient against a local Graph', () => {
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
      accessToken: () => Promise.resolve('token-for-sara'),
      fetch: server.fetch,
      retry: { sleep: (ms) => Promise.resolve(void sleeps.push(ms)), random: () => 0.5 },
    });
  });

  /** Answers `replies` in turn, then 200 with `me` for ever. */
  function script(...replies: GraphReply[]): void {
    let n = 0;
    server.reset(() => replies[n++] ?? { status: 200, body: me });
  }

  it('sends the bearer token and answers with the parsed JSON', async () => {
    script();
    await expect(client.get('/me')).resolves.toEqual(me);
    expect(server.httpCalls.map((c) => [c.path, c.headers.authorization])).toEqual([
      ['/me', 'Bearer token-for-sara'],
    ]);
  });

  it('waits the 429 Retry-After (10 s in the fixture), then succeeds', async () => {
    script(throttled);
    await expect(client.get('/me')).resolves.toEqual(me);
    expect(sleeps).toEqual([10_000]);
    expect(server.httpCalls).toHaveLength(2);
  });

  it('backs off exponentially with jitter on 503 twice, then succeeds', async () => {
    script(unavailable, unavailable);
    await expect(client.get('/me')).resolves.toEqual(me);
    // base 500 ms doubling; equal jitter with random 0.5 gives 3/4 of each step
    expect(sleeps).toEqual([375, 750]);
    expect(server.httpCalls).toHaveLength(3);
  });

  it('gives up after 4 tries of 503 with upstream_unavailable', async () => {
    server.reset(() => unavailable);
    await expect(client.get('/me')).rejects.toMatchObject({ code: 'upstream_unavailable' });
    expect(server.httpCalls).toHaveLength(4);
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it('does not wait out a Retry-After longer than 30 s: throttled with retryAfter', async () => {
    script({ ...throttled, headers: { 'Retry-After': '120' } });
    const error = await client.get('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'throttled', retryAfter: 120 });
    expect(sleeps).toEqual([]);
  });

  it('translates a network failure, after retries, to upstream_unavailable', async () => {
    const calls: string[] = [];
    const offline = new GraphClient({
      accessToken: () => Promise.resolve('t'),
      fetch: (input) => {
        calls.push(input instanceof Request ? input.url : input.toString());
        return Promise.reject(new TypeError('fetch failed'));
      },
      retry: { sleep: () => Promise.resolve(), maxAttempts: 3 },
    });
    await expect(offline.get('/me')).rejects.toMatchObject({ code: 'upstream_unavailable' });
    expect(calls).toHaveLength(3);
  });

  it('passes a token-step failure through untouched, without calling Graph', async () => {
    script();
    const noConsent = new GraphClient({
      accessToken: () => Promise.reject(new DomainError('forbidden', 'no consent')),
      fetch: server.fetch,
    });
    await expect(noConsent.get('/me')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(noConsent.batch([{ method: 'GET', url: '/me' }])).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(server.httpCalls).toHaveLength(0);
  });

  it.each([
    [400, null],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [412, 'precondition_failed'],
    [500, 'upstream_unavailable'],
    [502, 'upstream_unavailable'],
  ])('translates HTTP %i to %s', async (status, code) => {
    script({ status, body: { error: { code: 'x', message: 'Graph says no' } } });
    const error = await client.get('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(code === null ? Error : DomainError);
    expect((error as { code?: unknown }).code).toBe(code ?? undefined);
    expect(server.httpCalls).toHaveLength(1);
  });

  it('pages by following the whole @odata.nextLink, re-sending headers', async () => {
    const next = page1['@odata.nextLink'].replace('https://graph.microsoft.com/v1.0', '');
    server.reset((call) =>
      call.path === next ? { status: 200, body: page2 } : { status: 200, body: page1 },
    );
    const items = await client.getAll('/users/7d54cb02-aaa3-4016-9f9c-a4b49422dd9b/directReports', {
      ConsistencyLevel: 'eventual',
    });
    expect(items).toEqual([
      expect.objectContaining({ id: 'a97733ce-92a4-4e7e-8d45-8e1f3e6a69d8' }),
      expect.objectContaining({ id: '10a1d484-cd1a-4162-a5a4-832370bac356' }),
    ]);
    expect(server.httpCalls.map((c) => c.path)).toEqual([
      '/users/7d54cb02-aaa3-4016-9f9c-a4b49422dd9b/directReports',
      next,
    ]);
    expect(server.httpCalls.map((c) => c.headers.consistencylevel)).toEqual([
      'eventual',
      'eventual',
    ]);
  });
});
