import { DomainError } from '../../ports/errors.js';
import { OboTokenProvider, type OboExchange, type OboToken } from './graph-token-provider.js';

const HOUR = 3_600_000;

/** A fake OBO exchange at the port: counts exchanges, hands out numbered tokens. */
class CountingExchange implements OboExchange {
  readonly calls: [string, string][] = [];
  failNext: Error | null = null;
  constructor(private readonly clock: { now: number }) {}

  exchange(tenantId: string, userAssertion: string): Promise<OboToken> {
    this.calls.push([tenantId, userAssertion]);
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      return Promise.reject(error);
    }
    const accessToken = `graph-${this.calls.length}`;
    return Promise.resolve({ accessToken, expiresOn: new Date(this.clock.now + HOUR) });
  }
}

describe('OboTokenProvider', () => {
  let clock: { now: number };
  let exchange: CountingExchange;
  let provider: OboTokenProvider;

  beforeEach(() => {
    clock = { now: Date.UTC(2026, 10, 27, 9) };
    exchange = new CountingExchange(clock);
    provider = new OboTokenProvider(exchange, { now: () => clock.now, maxEntries: 3 });
  });

  it('exchanges once and serves the cached token until 5 minutes before expiry', async () => {
    await expect(provider.tokenFor('t1', 'alice')).resolves.toBe('graph-1');
    clock.now += HOUR - 5 * 60_000 - 1;
    await expect(provider.tokenFor('t1', 'alice')).resolves.toBe('graph-1');
    clock.now += 1;
    await expect(provider.tokenFor('t1', 'alice')).resolves.toBe('graph-2');
    expect(exchange.calls).toEqual([
      ['t1', 'alice'],
      ['t1', 'alice'],
    ]);
  });

  it.each([
    ['another user', 't1', 'bob'],
    ['the same assertion in another tenant', 't2', 'alice'],
  ])('keeps a separate token for %s', async (_, tenant, assertion) => {
    await provider.tokenFor('t1', 'alice');
    await expect(provider.tokenFor(tenant, assertion)).resolves.toBe('graph-2');
    expect(exchange.calls).toHaveLength(2);
  });

  it('shares one exchange between concurrent callers', async () => {
    const tokens = await Promise.all([1, 2, 3].map(() => provider.tokenFor('t1', 'alice')));
    expect(tokens).toEqual(['graph-1', 'graph-1', 'graph-1']);
    expect(exchange.calls).toHaveLength(1);
  });

  it('does not cache a failed exchange', async () => {
    exchange.failNext = new DomainError('upstream_unavailable', 'down');
    await expect(provider.tokenFor('t1', 'alice')).rejects.toMatchObject({
      code: 'upstream_unavailable',
    });
    await expect(provider.tokenFor('t1', 'alice')).resolves.toBe('graph-2');
  });

  it('refuses an empty assertion without exchanging', async () => {
    await expect(provider.tokenFor('t1', '')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(exchange.calls).toHaveLength(0);
  });

  it('holds at most maxEntries tokens, dropping the oldest', async () => {
    for (const user of ['a', 'b', 'c', 'd']) await provider.tokenFor('t1', user);
    await provider.tokenFor('t1', 'd'); // cached
    await provider.tokenFor('t1', 'b'); // cached
    await provider.tokenFor('t1', 'a'); // evicted: exchanged again
    expect(exchange.calls.map(([, user]) => user)).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  describe("the app's own token (a null assertion)", () => {
    const appCalls: string[] = [];
    const withApp = () =>
      new OboTokenProvider(exchange, {
        now: () => clock.now,
        app: {
          exchange: (tenantId) => {
            appCalls.push(tenantId);
            const accessToken = `app-${appCalls.length}`;
            return Promise.resolve({ accessToken, expiresOn: new Date(clock.now + HOUR) });
          },
        },
      });
    beforeEach(() => (appCalls.length = 0));

    it('gets one per tenant, cached apart from every user token', async () => {
      const tokens = withApp();
      await expect(tokens.tokenFor('t1', null)).resolves.toBe('app-1');
      await expect(tokens.tokenFor('t1', null)).resolves.toBe('app-1');
      await expect(tokens.tokenFor('t2', null)).resolves.toBe('app-2');
      await expect(tokens.tokenFor('t1', 'alice')).resolves.toBe('graph-1');
      expect(appCalls).toEqual(['t1', 't2']);
      expect(exchange.calls).toEqual([['t1', 'alice']]);
    });

    it('is refused when no app exchange is configured, or without a tenant', async () => {
      await expect(provider.tokenFor('t1', null)).rejects.toMatchObject({
        code: 'unauthenticated',
      });
      await expect(withApp().tokenFor('', null)).rejects.toMatchObject({
        code: 'unauthenticated',
      });
      expect(appCalls).toEqual([]);
    });
  });
});
