import type { DevPerson } from '../../features/dev/dev-sign-in.js';
import { resolveCaller, type Caller } from '../../features/access/caller.js';
import type { TenantSettingsService } from '../../features/settings/tenant-settings-service.js';
import { ANY_TENANT } from '../../http/auth/entra-claims.js';
import type { Identity } from '../../http/auth/identity.js';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import { tenantOf, type BotActivity } from '../bot-activity.js';

/** Who sent an activity, as the services know them. */
export type BotCallerResolver = (activity: BotActivity) => Promise<Caller>;

/** Where the people behind activities come from. */
export type BotPeople =
  /** `dev`: the demo person whose id is `from.aadObjectId`, in that person's demo tenant. */
  | { mode: 'dev'; people: readonly DevPerson[] }
  /** `entra`: the Entra user `from.aadObjectId` of the activity's tenant, if it is allowed. */
  | { mode: 'entra'; allowedTenants: readonly string[] };

/**
 * Builds the resolver of activity callers. The identity comes from an activity whose channel
 * token was verified (or from a local activity in dev mode); the directory and tenant settings
 * then make it a {@link Caller} exactly as for an API request. Unknown people are `forbidden`.
 */
export function botCallerResolver(
  people: BotPeople,
  directory: Directory,
  settings: TenantSettingsService,
): BotCallerResolver {
  return (activity) => resolveCaller(identityOf(people, activity), directory, settings);
}

function identityOf(people: BotPeople, activity: BotActivity): Identity {
  const userId = activity.from.aadObjectId;
  if (userId === undefined || userId === '') {
    throw new DomainError('forbidden', 'The activity names no signed-in user (from.aadObjectId).');
  }
  const name = activity.from.name ?? '';
  if (people.mode === 'dev') {
    const match = people.people.find((p) => p.person.id === userId);
    if (!match) throw new DomainError('forbidden', `No demo person has the id ${userId}.`);
    return { tenantId: match.tenantId, userId, name, appRoles: [] };
  }
  const tenantId = tenantOf(activity)?.toLowerCase();
  if (tenantId === undefined || tenantId === '') {
    throw new DomainError('forbidden', 'The activity names no tenant (conversation.tenantId).');
  }
  const allowed = people.allowedTenants.map((t) => t.toLowerCase());
  if (!allowed.includes(ANY_TENANT) && !allowed.includes(tenantId)) {
    throw new DomainError('forbidden', 'Your organisation does not use this Northstar.');
  }
  return { tenantId, userId, name, appRoles: [] };
}
