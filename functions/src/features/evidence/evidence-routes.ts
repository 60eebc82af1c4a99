import { z } from 'zod';
import { EvidenceQuerySchema, EvidenceSchema, IdSchema, pageSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { evidenceDepsOf } from './evidence-deps.js';
import { listEvidence, removeEvidence } from './evidence-service.js';

const GoalParamsSchema = z.strictObject({ id: IdSchema });
const EvidenceParamsSchema = z.strictObject({ id: IdSchema, evidenceId: IdSchema });

/**
 * The evidence kept on a goal (chat messages saved from Teams' "..." menu). Privacy: only the
 * goal's owner, their management chain and admins read it; a goal the caller may not see is a
 * 404, a goal they see but whose evidence is not theirs to read a 403. Saving happens in Teams
 * (the `saveAsEvidence` message action).
 */
export function evidenceRoutes(app: AppServices): Route[] {
  const deps = evidenceDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'listEvidence',
      method: 'GET',
      path: '/goals/{id}/evidence',
      authenticate: true,
      summary: 'Chat messages kept as evidence on a goal, newest first (owner, managers, admins)',
      params: GoalParamsSchema,
      query: EvidenceQuerySchema,
      response: pageSchema(EvidenceSchema),
      handler: async ({ identity, params, query }) => ({
        body: await listEvidence(deps, await caller(identity), params.id, query),
      }),
    }),
    defineRoute({
      name: 'removeEvidence',
      method: 'DELETE',
      path: '/goals/{id}/evidence/{evidenceId}',
      authenticate: true,
      summary: 'Remove evidence from a goal (whoever may edit the goal); its text is gone',
      params: EvidenceParamsSchema,
      successStatus: 204,
      handler: async ({ identity, params }) => {
        await removeEvidence(deps, await caller(identity), params.id, params.evidenceId);
        return {};
      },
    }),
  ];
}
