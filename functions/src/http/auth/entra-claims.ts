import type { JWTPayload } from 'jose';
import { DomainError } from '../../ports/errors.js';
import type { Identity } from './identity.js';

/** The delegated scope our API exposes; a token without it was not issued for calling us. */
export const ENTRA_API_SCOPE = 'access_as_user';

/** Allow-list entry that accepts every tenant. */
export const ANY_TENANT = '*';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The claim rules checked after jose has verified signature, algorithm, audience and times. */
export interface EntraClaimRules {
  /** Expected `iss` with `{tid}` standing for the token's own tenant id. */
  issuerTemplate: string;
  /** Lower-case tenant ids, or `['*']` for any tenant. */
  allowedTenants: readonly string[];
}

function reject(reason: string): never {
  throw new DomainError('unauthenticated', reason);
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

function checkTenant(payload: JWTPayload, rules: EntraClaimRules): string {
  const tid = payload['tid'];
  if (typeof tid !== 'string' || !isGuid(tid))
    return reject('token "tid" claim is missing or not a GUID');
  if (payload.iss !== rules.issuerTemplate.replace('{tid}', tid)) {
    return reject('token issuer is not the Entra v2 issuer of its tenant');
  }
  const allowed = rules.allowedTenants;
  if (!allowed.includes(ANY_TENANT) && !allowed.includes(tid.toLowerCase())) {
    return reject('tenant is not allowed');
  }
  return tid;
}

function checkScope(payload: JWTPayload): void {
  const scp = payload['scp'];
  const scopes = typeof scp === 'string' ? scp.split(' ') : [];
  if (!scopes.includes(ENTRA_API_SCOPE)) reject(`token lacks the "${ENTRA_API_SCOPE}" scope`);
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Checks the Entra-specific claims of an already verified v2 access token (tenant, exact issuer,
 * allow-list, `access_as_user` scope, `oid`) and builds the caller's identity from them.
 * Throws `DomainError('unauthenticated')` naming the first rule that failed.
 */
export function identityFromEntraClaims(payload: JWTPayload, rules: EntraClaimRules): Identity {
  const tenantId = checkTenant(payload, rules);
  checkScope(payload);
  const oid = payload['oid'];
  if (typeof oid !== 'string' || oid === '') reject('token lacks the "oid" claim');
  const name = payload['name'];
  return {
    tenantId,
    userId: oid,
    name: typeof name === 'string' ? name : '',
    appRoles: stringArray(payload['roles']),
  };
}
