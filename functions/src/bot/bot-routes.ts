import type { AppServices } from '../app-services.js';
import { evidenceDepsOf } from '../features/evidence/evidence-deps.js';
import { goalDepsOf } from '../features/goals/goal-deps.js';
import { kudosDepsOf } from '../features/kudos/kudos-deps.js';
import { defineRoute, type Route } from '../http/define-route.js';
import { botCallerResolver, type BotPeople } from './auth/bot-caller.js';
import { BotEndpoint } from './bot-endpoint.js';
import { botTokenCheck } from './bot-mode.js';

/** The bot endpoint's path under `/api`. */
export const BOT_ENDPOINT_PATH = '/messages';

/**
 * `POST /api/messages`, the bot endpoint of the message extension and card actions, in the route
 * table. It authenticates itself (Bot Framework tokens, not the API's bearer tokens), so the
 * pipeline's authentication is off and it reads the raw body.
 */
export function botRoutes(app: AppServices): Route[] {
  const endpoint = new BotEndpoint({
    tokens: botTokenCheck(app.config),
    callers: botCallerResolver(botPeople(app), app.directory, app.settings),
    deps: { goals: goalDepsOf(app), kudos: kudosDepsOf(app), evidence: evidenceDepsOf(app) },
    appDomain: app.config.appDomain,
    runAsApp: (tenantId, work) => app.runAsApp(tenantId, work),
  });
  return [
    defineRoute({
      name: 'botMessages',
      method: 'POST',
      path: BOT_ENDPOINT_PATH,
      authenticate: false,
      summary:
        'Bot endpoint: message-extension and card-action invokes (a Bot Framework token in entra mode)',
      handler: ({ request }) => endpoint.handle(request),
    }),
  ];
}

function botPeople(app: AppServices): BotPeople {
  const { auth } = app.config;
  return auth.mode === 'entra'
    ? { mode: 'entra', allowedTenants: auth.allowedTenants }
    : { mode: 'dev', people: app.devSignIn?.list() ?? [] };
}
