/**
 * Who is calling, built ONLY from a validated token: the tenant (`tid`) and the user (`oid`).
 * `appRoles` are the app roles in the token (e.g. `Northstar.Admin`); directory-derived roles
 * (manager) are added later by the services.
 */
export interface Identity {
  tenantId: string;
  userId: string;
  name: string;
  appRoles: string[];
}

/** Turns a bearer token into an identity, or throws `DomainError('unauthenticated')`. */
export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}
