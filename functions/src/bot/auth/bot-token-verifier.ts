import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { guardKeySource } from '../../http/auth/entra-token-verifier.js';
import { toUnauthenticated } from '../../http/auth/jose-failure.js';
import { DomainError } from '../../ports/errors.js';

/** The issuer of every token the Bot Framework channel service sends to a bot. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** Where the Bot Framework publishes its signing keys. */
export const BOT_FRAMEWORK_JWKS_URL = 'https://login.botframework.com/v1/.well-known/keys';

/** Settings of {@link BotFrameworkTokenVerifier}. */
export interface BotTokenVerifierOptions {
  /** The bot registration's app id: the only accepted `aud`. */
  appId: string;
  /** Default: {@link BOT_FRAMEWORK_JWKS_URL}. */
  jwksUrl?: string | undefined;
  /** Allowed clock skew for `exp`/`nbf`. Default 300 (what the Bot Framework allows). */
  clockToleranceSeconds?: number;
  /** Key lookup for tests; otherwise a remote JWKS fetched from `jwksUrl`. */
  getKey?: JWTVerifyGetKey;
}

/** What a verified channel token vouches for. */
export interface BotToken {
  /** The `serviceurl` claim: the channel service the activity must come from. */
  serviceUrl: string;
}

/**
 * Verifies the Bot Framework tokens the channel service sends with each activity: RS256 only,
 * signature by `kid` from the Bot Framework JWKS, `iss` exactly {@link BOT_FRAMEWORK_ISSUER},
 * `aud` the bot's app id, `exp`/`nbf` within the skew, and a `serviceurl` claim (which the
 * caller then compares with the activity's `serviceUrl`, see {@link assertSameServiceUrl}).
 * Rejections are `DomainError('unauthenticated')`; a key endpoint outage is
 * `DomainError('upstream_unavailable')`.
 */
export class BotFrameworkTokenVerifier {
  private readonly getKey: JWTVerifyGetKey;
  private readonly appId: string;
  private readonly clockTolerance: number;

  constructor(options: BotTokenVerifierOptions) {
    if (options.appId === '') throw new Error('BotFrameworkTokenVerifier: appId is empty');
    this.appId = options.appId;
    this.clockTolerance = options.clockToleranceSeconds ?? 300;
    this.getKey = guardKeySource(
      options.getKey ?? createRemoteJWKSet(new URL(options.jwksUrl ?? BOT_FRAMEWORK_JWKS_URL)),
    );
  }

  /** Returns what the token vouches for, or throws `DomainError` as described on the class. */
  async verify(token: string): Promise<BotToken> {
    let serviceUrl: unknown;
    try {
      const { payload } = await jwtVerify(token, this.getKey, {
        algorithms: ['RS256'],
        issuer: BOT_FRAMEWORK_ISSUER,
        audience: this.appId,
        clockTolerance: this.clockTolerance,
        requiredClaims: ['exp', 'iss', 'aud'],
      });
      serviceUrl = payload['serviceurl'];
    } catch (error) {
      throw toUnauthenticated(error);
    }
    if (typeof serviceUrl !== 'string' || serviceUrl === '') {
      throw new DomainError('unauthenticated', 'token lacks the "serviceurl" claim');
    }
    return { serviceUrl };
  }
}

/**
 * Throws `DomainError('unauthenticated')` unless the activity's `serviceUrl` is the one the token
 * was issued for (scheme, host and path compared; case of the host and a trailing slash ignored),
 * so a token for one channel service cannot make the bot talk to another.
 */
export function assertSameServiceUrl(token: BotToken, activityServiceUrl: string): void {
  const claimed = normalized(token.serviceUrl);
  if (claimed === null || claimed !== normalized(activityServiceUrl)) {
    throw new DomainError('unauthenticated', 'the activity serviceUrl does not match the token');
  }
}

function normalized(value: string): string | null {
  const url = URL.parse(value);
  if (!url) return null;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
