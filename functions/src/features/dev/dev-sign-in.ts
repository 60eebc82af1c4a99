import type { Person } from '@northstar/shared';
import type { DevTokenIssuer } from '../../http/auth/dev-token-issuer.js';
import { DomainError } from '../../ports/errors.js';

/** A person the dev sign-in offers, with their tenant. */
export interface DevPerson {
  tenantId: string;
  tenantName: string;
  person: Person;
}

/**
 * FAKE sign-in for local runs (AUTH_MODE=dev): pick a demo person, get a short-lived token.
 * Production uses Entra ID tokens; this class is never built in `entra` mode.
 */
export class DevSignIn {
  constructor(
    private readonly issuer: DevTokenIssuer,
    private readonly people: readonly DevPerson[],
  ) {}

  list(): readonly DevPerson[] {
    return this.people;
  }

  async signIn(personId: string): Promise<{ token: string; tenantId: string; person: Person }> {
    const match = this.people.find((p) => p.person.id === personId);
    if (!match) {
      throw new DomainError('validation', `body.personId names no demo person (${personId}).`, {
        fieldErrors: [{ field: 'body.personId', message: 'is not a demo person' }],
      });
    }
    const token = await this.issuer.issue({
      tenantId: match.tenantId,
      userId: match.person.id,
      name: match.person.displayName,
      appRoles: [],
    });
    return { token, tenantId: match.tenantId, person: match.person };
  }
}
