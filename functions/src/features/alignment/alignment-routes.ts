import { AlignmentQuerySchema, AlignmentResponseSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { goalDepsOf } from '../goals/goal-deps.js';
import { getAlignment } from './alignment-service.js';

/** The alignment tree. */
export function alignmentRoutes(app: AppServices): Route[] {
  const deps = goalDepsOf(app);
  const caller = callerResolver(app);
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
        return { body: await getAlignment(deps, await caller(identity), query) };
      },
    }),
  ];
}
