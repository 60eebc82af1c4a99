import { functionsApp } from './http/azure-functions.js';
import { loadConfig } from './config/config.js';
import { createApp } from './compose.js';
import { handleRequest } from './http/handle-request.js';
import { buildTimers } from './routes.js';

/**
 * Azure Functions entry (`main` in package.json): registers the same route table and timers the
 * local host serves and runs. Top-level await: the v4 Node worker awaits the ESM entry before
 * indexing functions.
 */
const northstar = await createApp(loadConfig(process.env));

for (const route of northstar.routes) {
  functionsApp.http(route.name, {
    methods: [route.method],
    route: route.path.slice(1),
    authLevel: 'anonymous',
    handler: (request, context) =>
      handleRequest(route, request, context, northstar.services.verifier),
  });
}

for (const timer of buildTimers(northstar.services)) {
  functionsApp.timer(timer.name, {
    schedule: timer.schedule,
    handler: (_timer, context) => timer.run((line) => context.log(line)),
  });
}
