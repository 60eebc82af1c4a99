import https from 'node:https';
import { DefaultAzureCredential } from '@azure/identity';
import type { AppServices } from './app-services.js';
import type { Config } from './config/config.js';
import { openCosmosStores } from './adapters/cosmos/cosmos-stores.js';
import { DemoCalendarService } from './adapters/demo/demo-calendar.js';
import { DemoDirectory, listDemoPeople } from './adapters/demo/demo-directory.js';
import { CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID } from './adapters/demo/demo-tenants.js';
import { seedDemoTenant } from './adapters/demo/demo-seed.js';
import { openSqliteStores } from './adapters/sqlite/sqlite-stores.js';
import { DevSignIn } from './features/dev/dev-sign-in.js';
import { GoalSnapshots } from './features/goals/goal-snapshots.js';
import { TenantSettingsService } from './features/settings/tenant-settings-service.js';
import { loadOrCreateDevSecret } from './http/auth/dev-secret.js';
import { DevTokenIssuer } from './http/auth/dev-token-issuer.js';
import { assertDevModeAllowed } from './http/auth/dev-mode-guard.js';
import { EntraTokenVerifier } from './http/auth/entra-token-verifier.js';
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

/** The composition root: config -> adapters -> services -> routes. */
export async function createApp(config: Config, clock: Clock = systemClock): Promise<App> {
  const appClock = new MonotonicClock(clock);
  const stores = await openStores(config);
  // The Graph directory arrives with the scheduling work; until then every mode uses the demo one.
  const directory = new DemoDirectory();
  for (const tenantId of [CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID]) {
    await seedDemoTenant(stores, tenantId, appClock.now());
  }
  let verifier: AppServices['verifier'];
  let devSignIn: DevSignIn | undefined;
  if (config.auth.mode === 'dev') {
    assertDevModeAllowed({
      websiteInstanceId: config.websiteInstanceId,
      cosmosEndpoint: config.cosmos?.endpoint,
    });
    const issuer = new DevTokenIssuer(loadOrCreateDevSecret(config.dataDir));
    devSignIn = new DevSignIn(issuer, listDemoPeople());
    verifier = issuer;
  } else {
    verifier = new EntraTokenVerifier({
      clientId: config.auth.clientId,
      allowedTenants: config.auth.allowedTenants,
      ...(config.auth.jwksUrl === undefined ? {} : { jwksUrl: config.auth.jwksUrl }),
    });
  }
  const services: AppServices = {
    config,
    stores,
    directory,
    directoryKind: 'demo',
    // FAKE calendars for local runs; the Graph calendar needs the caller's token (On-Behalf-Of).
    calendar: new DemoCalendarService(appClock, directory),
    clock: appClock,
    settings: new TenantSettingsService(stores.settings, appClock),
    snapshots: new GoalSnapshots(stores.goals),
    verifier,
    devSignIn,
  };
  return { services, routes: buildRoutes(services), close: () => stores.close() };
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
