import { jwtVerify, SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import { DomainError } from '../../ports/errors.js';
import type { Identity, TokenVerifier } from './identity.js';
import { toUnauthenticated } from './jose-failure.js';

/** Issuer and audience of dev tokens; no real identity provider uses them. */
export const DEV_TOKEN_ISSUER = 'northstar-dev';

const DEFAULT_TTL_SECONDS = 8 * 60 * 60;
const MIN_SECRET_BYTES = 32;

/** Settings of {@link DevTokenIssuer}. */
export interface DevTokenIssuerOptions {
  /** Token lifetime. Default 8 hours. */
  ttlSeconds?: number;
  /** Time source for issuing and checking `exp`. Default: the system clock. */
  clock?: () => Date;
}

function requireString(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value === '') {
    throw new DomainError('unauthenticated', `token lacks the "${claim}" claim`);
  }
  return value;
}

function identityFromDevClaims(payload: JWTPayload): Identity {
  const name = payload['name'];
  const roles = payload['roles'];
  return {
    tenantId: requireString(payload, 'tid'),
    userId: requireString(payload, 'oid'),
    name: typeof name === 'string' ? name : '',
    appRoles: Array.isArray(roles)
      ? roles.filter((role): role is string => typeof role === 'string')
      : [],
  };
}

/**
 * FAKE sign-in for local runs only (`AUTH_MODE=dev`): issues and verifies HS256 tokens for demo
 * people, signed with a local secret. Anyone holding the secret can be anyone, so this must never
 * run in Azure or against a real tenant; `assertDevModeAllowed` enforces that at start-up.
 */
export class DevTokenIssuer implements TokenVerifier {
  private readonly ttlSeconds: number;
  private readonly clock: () => Date;

  constructor(
    private readonly secret: Uint8Array,
    options: DevTokenIssuerOptions = {},
  ) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new Error(`DevTokenIssuer: the secret must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    this.ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Signs a token for `identity`, valid for the configured lifetime from now. */
  async issue(identity: Identity): Promise<string> {
    const now = Math.floor(this.clock().getTime() / 1000);
    return new SignJWT({
      tid: identity.tenantId,
      oid: identity.userId,
      name: identity.name,
      roles: identity.appRoles,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(DEV_TOKEN_ISSUER)
      .setAudience(DEV_TOKEN_ISSUER)
      .setSubject(identity.userId)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.secret);
  }

  /** Returns the identity in a dev token, or throws `DomainError('unauthenticated')`. */
  async verify(token: string): Promise<Identity> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: DEV_TOKEN_ISSUER,
        audience: DEV_TOKEN_ISSUER,
        currentDate: this.clock(),
        requiredClaims: ['exp'],
      });
      return identityFromDevClaims(payload);
    } catch (error) {
      throw toUnauthenticated(error);
    }
  }
}
