import { createHash } from 'node:crypto';
import { DomainError } from '../../ports/errors.js';
import { TtlCache } from './ttl-cache.js';

/** Graph access tokens on behalf of a signed-in user (the port the Graph adapters use). */
export interface GraphTokenProvider {
  /**
   * A Graph token for the user whose API access token is `userAssertion`, issued by the
   * tenant's authority. @throws DomainError `unauthenticated`, `forbidden` (consent missing)
   * or `upstream_unavailable`.
   */
  tokenFor(tenantId: string, userAssertion: string): Promise<string>;
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

/** Tuning of {@link OboTokenProvider}. */
export interface OboTokenProviderOptions {
  /** A token is renewed this long before it expires; default 5 minutes. */
  refreshMarginMs?: number;
  /** Most tokens kept; expired ones go first, then the oldest. Default 10,000. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * A {@link GraphTokenProvider} that caches each On-Behalf-Of token per (tenant, SHA-256 of the
 * user assertion) until shortly before it expires, and shares one exchange between concurrent
 * callers. Only hashes are kept as keys, so the cache holds no user assertion. A failed
 * exchange is not cached. The cache belongs to the instance: make one per process.
 */
export class OboTokenProvider implements GraphTokenProvider {
  /** Token by key, expiring when it is due for renewal. */
  private readonly cache: TtlCache<string>;
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly refreshMarginMs: number;

  constructor(
    private readonly exchange: OboExchange,
    options: OboTokenProviderOptions = {},
  ) {
    this.refreshMarginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.cache = new TtlCache(options.maxEntries ?? 10_000, options.now ?? Date.now);
  }

  tokenFor(tenantId: string, userAssertion: string): Promise<string> {
    if (!tenantId || !userAssertion) {
      return Promise.reject(new DomainError('unauthenticated', 'No user token to act on.'));
    }
    const key = `${tenantId}:${createHash('sha256').update(userAssertion).digest('base64url')}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const fresh = this.acquire(key, tenantId, userAssertion).finally(() => {
      this.inFlight.delete(key);
    });
    this.inFlight.set(key, fresh);
    return fresh;
  }

  private async acquire(key: string, tenantId: string, userAssertion: string): Promise<string> {
    const token = await this.exchange.exchange(tenantId, userAssertion);
    const renewAt = token.expiresOn.getTime() - this.refreshMarginMs;
    this.cache.set(key, token.accessToken, renewAt);
    return token.accessToken;
  }
}
