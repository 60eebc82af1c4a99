import { ProblemSchema } from '@northstar/shared';
import type { AppServices } from './app-services.js';
import { alignmentRoutes } from './features/alignment/alignment-routes.js';
import { botRoutes } from './bot/bot-routes.js';
import { devRoutes } from './features/dev/dev-routes.js';
import { goalRoutes } from './features/goals/goal-routes.js';
import { meetingRoutes } from './features/meetings/meeting-routes.js';
import { healthRoutes } from './features/health/health-routes.js';
import { kudosRoutes } from './features/kudos/kudos-routes.js';
import { settingsRoutes } from './features/settings/settings-routes.js';
import { oneOnOneRoutes } from './features/one-on-ones/one-on-one-routes.js';
import { peopleRoutes } from './features/people/people-routes.js';
import { reviewRoutes } from './features/reviews/review-routes.js';
import { defineRoute, type Route } from './http/define-route.js';
import { buildOpenApi } from './http/openapi.js';

/** The bot endpoint's path (`POST /api/messages`). */
export { BOT_ENDPOINT_PATH } from './bot/bot-routes.js';

/** THE route table: every HTTP route of the app, in match order. */
export function buildRoutes(app: AppServices): Route[] {
  const routes = [
    ...healthRoutes(app),
    ...devRoutes(app),
    ...peopleRoutes(app),
    ...goalRoutes(app),
    ...alignmentRoutes(app),
    ...reviewRoutes(app),
    ...meetingRoutes(app),
    ...oneOnOneRoutes(app),
    ...botRoutes(app),
    ...kudosRoutes(app),
    ...settingsRoutes(app),
  ];
  const openApi = buildOpenApi(routes, ProblemSchema);
  routes.push(
    defineRoute({
      name: 'openApi',
      method: 'GET',
      path: '/openapi.json',
      authenticate: false,
      summary: 'This API described in OpenAPI 3.0',
      handler: () => Promise.resolve({ body: openApi }),
    }),
  );
  return routes;
}
