import { CompanyValuesResponseSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';

/** Tenant settings everyone in the tenant may read. */
export function settingsRoutes(app: AppServices): Route[] {
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'getCompanyValues',
      method: 'GET',
      path: '/settings/values',
      authenticate: true,
      summary: 'The company values of the caller’s organisation, in order',
      response: CompanyValuesResponseSchema,
      handler: async ({ identity }) => ({
        body: { values: (await caller(identity)).settings.companyValues },
      }),
    }),
  ];
}
