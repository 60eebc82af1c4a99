import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { DomainError } from '../../ports/errors.js';
import { ANY_TENANT, identityFromEntraClaims, isGuid } from './entra-claims.js';
import type { EntraClaimRules } from './entra-claims.js';
import type { Identity, TokenVerifier } from './identity.js';
import { toUnauthenticated } from './jose-failure.js';

/** Settings of {@link EntraTokenVerifier}. */
export interface EntraTokenVerifierOptions {
  /** The API's Entra application (client) id. */
  clientId: string;
  /**
   * Tenant ids whose users may call the API. `['*']` accepts every tenant (a multi-tenant app
   * open to anyone who consents); use it deliberately.
   */
  allowedTenants: readonly string[];
  /** Extra accepted `aud` values (e.g. a custom app id URI) besides the client id and `api://<clientId>`. */
  audiences?: readonly string[];
  /** Default: the multi-tenant Entra v2 key set. */
  jwksUrl?: string;
  /** `{tid}` is replaced by the token's tenant id. Default: the Entra v2 issuer. */
  issuerTemplate?: string;
  /** Allowed clock skew for `exp`/`nbf`. Default 300. */
  clockToleranceSeconds?: number;
  /** Key lookup for tests; otherwise a remote JWKS fetched from `jwksUrl`. */
  getKey?: JWTVerifyGetKey;
}

const DEFAULT_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
const DEFAULT_ISSUER_TEMPLATE = 'https://login.microsoftonline.com/{tid}/v2.0';

/** Key lookup failures that say something about the token rather than about the key source. */
const TOKEN_KEY_ERRORS = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS']);

function normalizeTenants(allowedTenants: readonly string[]): string[] {
  if (allowedTenants.length === 0) throw new Error('EntraTokenVerifier: allowedTenants is empty');
  for (const tenant of allowedTenants) {
    if (tenant !== ANY_TENANT && !isGuid(tenant)) {
      throw new Error(`EntraTokenVerifier: allowed tenant "${tenant}" is not a GUID or "*"`);
    }
  }
  return allowedTenants.map((tenant) => tenant.toLowerCase());
}

/**
 * Key lookup wrapper: an unreachable or broken key endpoint is an outage (`upstream_unavailable`),
 * not the caller's fault, so it must not turn into a 401 that sends clients to sign in again.
 */
export function guardKeySource(getKey: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await getKey(header, token);
    } catch (error) {
      if (error instanceof errors.JOSEError && TOKEN_KEY_ERRORS.has(error.code)) throw error;
      throw new DomainError('upstream_unavailable', 'token signing keys are unavailable', {
        cause: error,
      });
    }
  };
}

/**
 * Verifies Entra ID v2 access tokens for this API: RS256 only, signature by `kid` from the JWKS,
 * `exp`/`nbf`, `aud` (client id or app id URI), `iss` exactly the v2 issuer of the token's `tid`,
 * tenant on the allow-list, `scp` containing `access_as_user`, and `oid` present.
 * Every rejection is `DomainError('unauthenticated')` with a short reason (jose's error as `cause`);
 * a key endpoint outage is `DomainError('upstream_unavailable')`.
 */
export class EntraTokenVerifier implements TokenVerifier {
  private readonly getKey: JWTVerifyGetKey;
  private readonly audiences: string[];
  private readonly clockTolerance: number;
  private readonly rules: EntraClaimRules;

  constructor(options: EntraTokenVerifierOptions) {
    const { clientId } = options;
    if (clientId === '') throw new Error('EntraTokenVerifier: clientId is empty');
    const issuerTemplate = options.issuerTemplate ?? DEFAULT_ISSUER_TEMPLATE;
    if (!issuerTemplate.includes('{tid}')) {
      throw new Error('EntraTokenVerifier: issuerTemplate must contain "{tid}"');
    }
    this.rules = { issuerTemplate, allowedTenants: normalizeTenants(options.allowedTenants) };
    this.audiences = [clientId, `api://${clientId}`, ...(options.audiences ?? [])];
    this.clockTolerance = options.clockToleranceSeconds ?? 300;
    this.getKey = guardKeySource(
      options.getKey ?? createRemoteJWKSet(new URL(options.jwksUrl ?? DEFAULT_JWKS_URL)),
    );
  }

  /** Returns the caller's identity, or throws `DomainError` as described on the class. */
  async verify(token: string): Promise<Identity> {
    try {
      const { payload } = await jwtVerify(token, this.getKey, {
        algorithms: ['RS256'],
        audience: this.audiences,
        clockTolerance: this.clockTolerance,
        requiredClaims: ['exp', 'iss', 'aud'],
      });
      return identityFromEntraClaims(payload, this.rules);
    } catch (error) {
      throw toUnauthenticated(error);
    }
  }
}
