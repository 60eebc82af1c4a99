import { createHash } from 'node:crypto';
import { DomainError } from '../../ports/errors.js';
import { TtlCache } from '../ttl-cache.js';

/** Graph access tokens for a signed-in user or the app itself (the port the Graph adapters use). */
export interface GraphTokenProvider {
  /**
   * A Graph token issued by the tenant's authority: on behalf of the user whose API access
   * token is `userAssertion`, or the app's own (application permissions) when it is `null`,
   * for work no user is behind (bot activities, timers). @throws DomainError
   * `unauthenticated`, `forbidden` (consent missing) or `upstream_unavailable`.
   */
  tokenFor(tenantId: string, userAssertion: string | null): Promise<string>;
}

/** One token from an On-Behalf-Of exchange. */
export interface OboToken {
  accessToken: string;
  expiresOn: Date;
}

/** Trades a user assertion for a Graph token; `MsalOboExchange` in production. */
export interface OboExchange {
  exchange(tenantId: string, userAssertion: string): Promise<OboToken>;
}

/** Gets the app's own Graph token in a tenant; `MsalAppTokenExchange` in production. */
export interface AppTokenExchange {
  exchange(tenantId: string): Promise<OboToken>;
}

/** Tuning of {@link OboTokenProvider}. */
export interface OboTokenProviderOptions {
  /** A token is renewed this long before it expires; default 5 minutes. */
  refreshMarginMs?: number;
  /** Most tokens kept; expired ones go first, then the oldest. Default 10,000. */
  maxEntries?: number;
  now?: () => number;
  /** Where the app's own tokens come from; without it, a `null` assertion is refused. */
  app?: AppTokenExchange;
}

/**
 * A {@link GraphTokenProvider} that caches each On-Behalf-Of token per (tenant, SHA-256 of the
 * user assertion), and the app's own token per tenant, until shortly before it expires, and
 * shares one exchange between concurrent callers. Only hashes are kept as keys, so the cache holds no user assertion. A failed
 * exchange is not cached. The cache belongs to the instance: make one per process.
 */
export class OboTokenProvider implements GraphTokenProvider {
  /** Token by key, expiring when it is due for renewal. */
  private readonly cache: TtlCache<string>;
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly refreshMarginMs: number;
  private readonly app: AppTokenExchange | undefined;

  constructor(
    private readonly exchange: OboExchange,
    options: OboTokenProviderOptions = {},
  ) {
    this.refreshMarginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.cache = new TtlCache(options.maxEntries ?? 10_000, options.now ?? Date.now);
    this.app = options.app;
  }

  tokenFor(tenantId: string, userAssertion: string | null): Promise<string> {
    if (userAssertion === null && tenantId && this.app) {
      const app = this.app;
      return this.cached(`${tenantId}:app`, () => app.exchange(tenantId));
    }
    if (!tenantId || !userAssertion) {
      return Promise.reject(new DomainError('unauthenticated', 'No user token to act on.'));
    }
    const key = `${tenantId}:${createHash('sha256').update(userAssertion).digest('base64url')}`;
    return this.cached(key, () => this.exchange.exchange(tenantId, userAssertion));
  }

  private cached(key: string, exchange: () => Promise<OboToken>): Promise<string> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const fresh = this.acquire(key, exchange).finally(() => {
      this.inFlight.delete(key);
    });
    this.inFlight.set(key, fresh);
    return fresh;
  }

  private async acquire(key: string, exchange: () => Promise<OboToken>): Promise<string> {
    const token = await exchange();
    const renewAt = token.expiresOn.getTime() - this.refreshMarginMs;
    this.cache.set(key, token.accessToken, renewAt);
    return token.accessToken;
  }
}
