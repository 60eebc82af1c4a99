import { join } from 'node:path';
import type { Route } from '../../../functions/src/http/define-route.js';
import type { App } from '../../../functions/src/compose.js';
import { GoalSnapshots } from '../../../functions/src/features/goals/goal-snapshots.js';
import { TenantSettingsService } from '../../../functions/src/features/settings/tenant-settings-service.js';
import { createLocalHost } from '../../../functions/src/local/local-host.js';
import { buildRoutes } from '../../../functions/src/routes.js';
import { repoRoot } from '../../support/repo-root.js';
import { generateOrg } from '../tenant/generate-org.js';
import { createBenchApp } from './bench-app.js';
import { STORE_COST_HEADER, StoreMeter } from './store-meter.js';

/**
 * The benchmark's local host, in its own process: the app as `npm start` composes it, over the
 * generated tenant already loaded into `BENCH_DATA_DIR`, with the generated people as its FAKE
 * demo directory (regenerated from `BENCH_SEED` and `BENCH_PEOPLE`). The clock starts at the
 * tenant's fixed "now". With `BENCH_METER=1` every answer carries its store cost.
 */
async function main(): Promise<void> {
  const env = process.env;
  const dataDir = env.BENCH_DATA_DIR ?? '';
  const people = generateOrg(Number(env.BENCH_SEED), Number(env.BENCH_PEOPLE));
  const app = await createBenchApp({ NORTHSTAR_DATA_DIR: dataDir }, people);
  const routes = env.BENCH_METER === '1' ? meteredRoutes(app) : app.routes;
  const server = createLocalHost({
    routes,
    verifier: app.services.verifier,
    staticDir: join(repoRoot(), 'teams-app/dist'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  server.listen(0, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`bench host at http://localhost:${String(port)}\n`);
  });
  process.on('SIGTERM', () => {
    server.close();
    void app.close().then(() => process.exit(0));
  });
}

/** The same routes over a counted store port, each answer carrying what it cost. */
function meteredRoutes(app: App): Route[] {
  const meter = new StoreMeter();
  meter.countSqlStatements();
  const stores = meter.stores(app.services.stores);
  const services = {
    ...app.services,
    stores,
    snapshots: new GoalSnapshots(stores.goals),
    settings: new TenantSettingsService(stores.settings, app.services.clock),
  };
  return buildRoutes(services).map((route) => ({
    ...route,
    handler: async (input) => {
      const { result, cost } = await meter.measure(() => route.handler(input));
      return {
        ...result,
        headers: { ...result.headers, [STORE_COST_HEADER]: JSON.stringify(cost) },
      };
    },
  }));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench host failed: ${String(error)}\n`);
  process.exit(1);
});
