import https from 'node:https';
import { DefaultAzureCredential } from '@azure/identity';
import type { AppServices } from './app-services.js';
import type { Config } from './config/config.js';
import { openCosmosStores } from './adapters/cosmos/cosmos-stores.js';
import { createGraphAdapters } from './adapters/graph/graph-adapters.js';
import type { GraphClientFor } from './adapters/graph/graph-client.js';
import { GraphNotifier } from './adapters/graph/graph-notifier.js';
import { DemoCalendarService } from './adapters/demo/demo-calendar.js';
import { DemoDirectory, listDemoPeople } from './adapters/demo/demo-directory.js';
import {
  CONTOSO_TENANT_ID,
  FABRIKAM_TENANT_ID,
  type DemoTenant,
} from './adapters/demo/demo-tenants.js';
import { seedDemoTenant } from './adapters/demo/demo-seed.js';
import { openSqliteStores } from './adapters/sqlite/sqlite-stores.js';
import { DevSignIn } from './features/dev/dev-sign-in.js';
import { GoalSnapshots } from './features/goals/goal-snapshots.js';
import { TenantSettingsService } from './features/settings/tenant-settings-service.js';
import { CachedTokenVerifier } from './http/auth/cached-token-verifier.js';
import { loadOrCreateDevSecret } from './http/auth/dev-secret.js';
import { DevTokenIssuer } from './http/auth/dev-token-issuer.js';
import { assertDevModeAllowed } from './http/auth/dev-mode-guard.js';
import { EntraTokenVerifier } from './http/auth/entra-token-verifier.js';
import { RequestScope, withRequestScope } from './http/request-context.js';
import type { Route } from './http/define-route.js';
import { systemClock, type Clock } from './ports/clock.js';
import { MonotonicClock } from './ports/monotonic-clock.js';
import type { Stores } from './ports/stores.js';
import { buildRoutes } from './routes.js';

export interface App {
  services: AppServices;
  routes: Route[];
  close(): Promise<void>;
}

/** Choices of the composition beyond the config. */
export interface AppOptions {
  /**
   * FAKE organisations to serve instead of seeding the demo tenants (the benchmark's generated
   * tenant, already in the store). Only with the demo directory; ignored with Graph.
   */
  demoTenants?: readonly DemoTenant[];
}

/** The composition root: config -> adapters -> services -> routes. */
export async function createApp(
  config: Config,
  clock: Clock = systemClock,
  options: AppOptions = {},
): Promise<App> {
  const appClock = new MonotonicClock(clock);
  const stores = await openStores(config);
  const scope = new RequestScope();
  const { directory, calendar, graphAsApp } = await peopleAndCalendars(
    { config, stores, clock: appClock, scope },
    options.demoTenants,
  );
  const services: AppServices = {
    config,
    stores,
    directory,
    directoryKind: config.directory.kind,
    calendar,
    graphAsApp,
    ...graphNotifier(config, graphAsApp),
    runAsApp: graphAsApp ? (tenantId, work) => scope.runAsApp(tenantId, work) : (_, work) => work(),
    clock: appClock,
    settings: new TenantSettingsService(stores.settings, appClock),
    snapshots: new GoalSnapshots(stores.goals),
    ...signIn(config, options.demoTenants),
  };
  const routes = buildRoutes(services);
  return {
    services,
    // Graph acts as the caller: each handler runs with the request's verified token in scope.
    routes: config.directory.kind === 'graph' ? withRequestScope(routes, scope) : routes,
    close: () => stores.close(),
  };
}

/** Microsoft Graph on behalf of each caller, or the seeded demo tenants with FAKE calendars. */
async function peopleAndCalendars(
  { config, stores, clock, scope }: { config: Config; stores: Stores; clock: Clock; scope: RequestScope },
  demoTenants: readonly DemoTenant[] | undefined,
): Promise<Pick<AppServices, 'directory' | 'calendar' | 'graphAsApp'>> {
  if (config.directory.kind === 'graph') {
    const graph = createGraphAdapters(config.directory, (id) => scope.assertionFor(id));
    return { directory: graph.directory, calendar: graph.calendar, graphAsApp: graph.appClients };
  }
  const directory = new DemoDirectory(demoTenants);
  if (demoTenants === undefined) {
    for (const tenantId of [CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID]) {
      await seedDemoTenant(stores, tenantId, clock.now());
    }
  }
  return {
    directory,
    calendar: new DemoCalendarService(clock, directory),
    graphAsApp: undefined,
  };
}

/**
 * Reminders go to the Teams activity feed through Graph, as the app, once the Teams app id and
 * the tab's domain are known (deep links name both). Without Graph, reminders use the FAKE
 * recording notifier (see `reminderDepsOf`).
 */
function graphNotifier(
  config: Config,
  graphAsApp: GraphClientFor | undefined,
): Pick<AppServices, 'notifier'> {
  const { teamsAppId, appDomain } = config;
  if (!graphAsApp || !teamsAppId || !appDomain) return {};
  return {
    notifier: new GraphNotifier(graphAsApp, { teamsAppId, appOrigin: `https://${appDomain}` }),
  };
}

function signIn(
  config: Config,
  demoTenants: readonly DemoTenant[] | undefined,
): Pick<AppServices, 'verifier' | 'devSignIn'> {
  if (config.auth.mode === 'entra') {
    const verifier = new EntraTokenVerifier({
      clientId: config.auth.clientId,
      allowedTenants: config.auth.allowedTenants,
      ...(config.auth.jwksUrl === undefined ? {} : { jwksUrl: config.auth.jwksUrl }),
    });
    return { verifier: new CachedTokenVerifier(verifier), devSignIn: undefined };
  }
  assertDevModeAllowed({
    websiteInstanceId: config.websiteInstanceId,
    cosmosEndpoint: config.cosmos?.endpoint,
  });
  const issuer = new DevTokenIssuer(loadOrCreateDevSecret(config.dataDir));
  return {
    verifier: new CachedTokenVerifier(issuer),
    devSignIn: new DevSignIn(issuer, listDemoPeople(demoTenants)),
  };
}

function openStores(config: Config): Promise<Stores> {
  if (!config.cosmos) return Promise.resolve(openSqliteStores({ dataDir: config.dataDir }));
  const { endpoint, database, key, createContainers } = config.cosmos;
  const local = /^https:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(endpoint);
  return openCosmosStores({
    endpoint,
    database,
    createIfMissing: createContainers,
    ...(key === undefined ? { credential: new DefaultAzureCredential() } : { key }),
    // A local Cosmos-compatible server uses a self-signed certificate.
    ...(local
      ? { agent: new https.Agent({ rejectUnauthorized: false }), enableEndpointDiscovery: false }
      : {}),
  });
}
