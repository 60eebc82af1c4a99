import { decodeJwt } from 'jose';
import { TtlCache } from '../../adapters/ttl-cache.js';
import type { Identity, TokenVerifier } from './identity.js';

/** How many verified tokens are remembered, and for at most how long. */
export interface TokenCacheOptions {
  maxEntries?: number;
  maxAgeMs?: number;
  /** Time source (ms since the epoch). Default: `Date.now`. */
  now?: () => number;
}

/**
 * Remembers tokens another verifier accepted, so a client reusing its token (every request of a
 * session) costs one signature check, not one per request. An entry lasts until the token's
 * `exp` or `maxAgeMs` (default 5 minutes, so a signing-key rollover or a newly disabled app is
 * noticed soon), whichever is first; failures are never remembered. The cache is bounded: past
 * `maxEntries` the oldest entry goes.
 */
export class CachedTokenVerifier implements TokenVerifier {
  private readonly entries: TtlCache<Identity>;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly inner: TokenVerifier,
    options: TokenCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
    this.entries = new TtlCache(options.maxEntries ?? 10_000, this.now);
  }

  async verify(token: string): Promise<Identity> {
    const cached = this.entries.get(token);
    if (cached) return copyOf(cached);
    const now = this.now();
    const identity = await this.inner.verify(token);
    const exp = decodeJwt(token).exp;
    const until = Math.min(now + this.maxAgeMs, exp === undefined ? now : exp * 1000);
    if (until > now) this.entries.set(token, identity, until);
    return copyOf(identity);
  }
}

/** A copy the caller may change without touching the cache. */
function copyOf(identity: Identity): Identity {
  return { ...identity, appRoles: [...identity.appRoles] };
}
