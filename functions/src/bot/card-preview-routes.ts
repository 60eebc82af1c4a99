import { z } from 'zod';
import type { AdaptiveCard } from '@northstar/shared';
import { GoalCardPreviewSchema, IdSchema } from '@northstar/shared';
import type { AppServices } from '../app-services.js';
import { callerResolver } from '../features/access/caller.js';
import { goalDepsOf } from '../features/goals/goal-deps.js';
import { loadVisibleGoal } from '../features/goals/goal-reads.js';
import { defineRoute, type Route } from '../http/define-route.js';
import { TurnCards, type CardViewer } from './goal-cards.js';
import { appOrigin } from './goal-link.js';

const GoalParamsSchema = z.strictObject({ id: IdSchema });

/**
 * The goal card a chat shows `viewer`: exactly what the message extension's search inserts for
 * them (version 1.5, the actions they may take), with its size in UTF-8 bytes. A goal they may
 * not see is `not_found`, as everywhere in the API.
 */
export async function previewGoalCard(
  viewer: CardViewer,
  goalId: string,
): Promise<{ card: AdaptiveCard; sizeBytes: number }> {
  const goal = await loadVisibleGoal(viewer.deps.goals, viewer.caller, goalId);
  const card = await new TurnCards(viewer).goalCard(goal, '1.5');
  const sizeBytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  return { card, sizeBytes };
}

/** `GET /api/goals/{id}/card`: the tab's preview of the goal card a chat would get. */
export function cardPreviewRoutes(app: AppServices): Route[] {
  const goals = goalDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'goalCard',
      method: 'GET',
      path: '/goals/{id}/card',
      authenticate: true,
      summary: 'The goal card a chat shows the caller (as the message extension inserts it)',
      params: GoalParamsSchema,
      response: GoalCardPreviewSchema,
      handler: async ({ identity, params, request }) => {
        const viewer: CardViewer = {
          caller: await caller(identity),
          deps: { goals },
          origin: appOrigin(app.config.appDomain, request.url),
        };
        return { body: await previewGoalCard(viewer, params.id) };
      },
    }),
  ];
}
