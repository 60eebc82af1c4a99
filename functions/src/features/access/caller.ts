import type { Person, Role, TenantSettings, Viewer } from '@northstar/shared';
import type { Identity } from '../../http/auth/identity.js';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import type { TenantSettingsService } from '../settings/tenant-settings-service.js';

/** The Entra app role that makes a caller an admin. */
export const ADMIN_APP_ROLE = 'Northstar.Admin';

/** The verified caller with what the directory and tenant settings say about them. */
export interface Caller {
  tenantId: string;
  person: Person;
  viewer: Viewer;
  roles: Role[];
  settings: TenantSettings;
  /** Management chain of any person in the tenant, memoised for this request. */
  chainOf(personId: string): Promise<string[]>;
}

/** Resolves the caller of one request; a token for someone the directory lacks is refused. */
export async function resolveCaller(
  identity: Identity,
  directory: Directory,
  settingsService: TenantSettingsService,
): Promise<Caller> {
  const { tenantId, userId } = identity;
  const [person, settings, reports] = await Promise.all([
    directory.getPerson(tenantId, userId),
    settingsService.get(tenantId),
    directory.getDirectReports(tenantId, userId),
  ]);
  if (!person) {
    throw new DomainError('forbidden', 'Your account is not in this organisation’s directory.');
  }
  const isAdmin = identity.appRoles.includes(ADMIN_APP_ROLE) || settings.adminIds.includes(userId);
  const isManager = reports.length > 0;
  const roles: Role[] = ['employee'];
  if (isManager) roles.push('manager');
  if (isAdmin) roles.push('admin');
  const chains = new Map<string, Promise<string[]>>();
  return {
    tenantId,
    person,
    viewer: { id: userId, isAdmin, isManager },
    roles,
    settings,
    chainOf(personId) {
      let chain = chains.get(personId);
      if (!chain) {
        chain = directory
          .getManagementChain(tenantId, personId)
          .then((people) => people.map((p) => p.id));
        chains.set(personId, chain);
      }
      return chain;
    },
  };
}

/** `resolveCaller` bound to the app's directory and settings, for route tables. */
export function callerResolver(app: {
  directory: Directory;
  settings: TenantSettingsService;
}): (identity: Identity) => Promise<Caller> {
  return (identity) => resolveCaller(identity, app.directory, app.settings);
}
