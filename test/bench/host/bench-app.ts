import { performance } from 'node:perf_hooks';
import type { Person } from '@northstar/shared';
import { createApp, type App } from '../../../functions/src/compose.js';
import { loadConfig } from '../../../functions/src/config/config.js';
import { BENCH_NOW, BENCH_TENANT_ID } from '../tenant/tenant-bench.js';

/**
 * The app as `npm start` composes it from `env` (dev sign-in, on port 0), over a loaded bench
 * tenant: the generated people are its FAKE demo directory (the first one is the admin), and
 * its clock starts at the tenant's fixed "now".
 */
export function createBenchApp(
  env: Record<string, string>,
  people: readonly Person[],
): Promise<App> {
  const config = loadConfig({ PORT: '0', AUTH_MODE: 'dev', ...env });
  const startedAt = performance.now();
  const clock = { now: () => new Date(BENCH_NOW.getTime() + performance.now() - startedAt) };
  const adminIds = people.slice(0, 1).map((p) => p.id);
  return createApp(config, clock, {
    demoTenants: [{ id: BENCH_TENANT_ID, name: 'Bench tenant', adminIds, people: [...people] }],
  });
}
