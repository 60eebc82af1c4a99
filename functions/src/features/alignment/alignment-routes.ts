import { AlignmentQuerySchema, AlignmentResponseSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { resolveCaller } from '../access/caller.js';
import { getAlignment } from './alignment-service.js';

/** The alignment tree. */
export function alignmentRoutes(app: AppServices): Route[] {
  const deps = {
    goals: app.stores.goals,
    checkIns: app.stores.checkIns,
    directory: app.directory,
    snapshots: app.snapshots,
    clock: app.clock,
  };
  return [
    defineRoute({
      name: 'getAlignment',
      method: 'GET',
      path: '/alignment',
      authenticate: true,
      summary: 'Company -> team -> individual alignment with roll-up, coverage and health flags',
      query: AlignmentQuerySchema,
      response: AlignmentResponseSchema,
      handler: async ({ identity, query }) => {
        const caller = await resolveCaller(identity, app.directory, app.settings);
        return { body: await getAlignment(deps, caller, query) };
      },
    }),
  ];
}
