import { ProblemSchema } from '@northstar/shared';
import type { AppServices } from './app-services.js';
import { alignmentRoutes } from './features/alignment/alignment-routes.js';
import { botRoutes } from './bot/bot-routes.js';
import { cardPreviewRoutes } from './bot/card-preview-routes.js';
import { devRoutes } from './features/dev/dev-routes.js';
import { evidenceRoutes } from './features/evidence/evidence-routes.js';
import { goalRoutes } from './features/goals/goal-routes.js';
import { meetingRoutes } from './features/meetings/meeting-routes.js';
import { healthRoutes } from './features/health/health-routes.js';
import { kudosRoutes } from './features/kudos/kudos-routes.js';
import { notificationRoutes } from './features/notifications/notification-routes.js';
import { reminderDevRoutes } from './features/reminders/reminder-routes.js';
import { reminderTimers } from './features/reminders/reminder-timer.js';
import { settingsRoutes } from './features/settings/settings-routes.js';
import { oneOnOneRoutes } from './features/one-on-ones/one-on-one-routes.js';
import { peopleRoutes } from './features/people/people-routes.js';
import { reviewRoutes } from './features/reviews/review-routes.js';
import { defineRoute, type Route } from './http/define-route.js';
import type { Timer } from './http/define-timer.js';
import { buildOpenApi } from './http/openapi.js';

/** The bot endpoint's path (`POST /api/messages`). */
export { BOT_ENDPOINT_PATH } from './bot/bot-routes.js';

/** THE route table: every HTTP route of the app, in match order. */
export function buildRoutes(app: AppServices): Route[] {
  const routes = [
    ...healthRoutes(app),
    ...devRoutes(app),
    ...reminderDevRoutes(app),
    ...peopleRoutes(app),
    ...goalRoutes(app),
    ...evidenceRoutes(app),
    ...cardPreviewRoutes(app),
    ...alignmentRoutes(app),
    ...reviewRoutes(app),
    ...meetingRoutes(app),
    ...oneOnOneRoutes(app),
    ...botRoutes(app),
    ...kudosRoutes(app),
    ...settingsRoutes(app),
    ...notificationRoutes(app),
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

/** Every timer of the app: Azure registers them with `app.timer`, the local host runs them too. */
export function buildTimers(app: AppServices): Timer[] {
  return [...reminderTimers(app)];
}
