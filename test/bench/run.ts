import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/repo-root.js';
import { benchTab } from './tab-bench.js';
import { benchTenant, type TenantBenchOptions } from './tenant/tenant-bench.js';

/** `BENCH_PEOPLE` scales the generated tenant (10 goals and 100 check-ins per person). */
function tenantSize(env: NodeJS.ProcessEnv): TenantBenchOptions {
  const people = Number(env.BENCH_PEOPLE ?? 10_000);
  if (!Number.isInteger(people) || people < 10)
    throw new Error('BENCH_PEOPLE: a whole number >= 10');
  return { people, goals: people * 10, checkIns: people * 100 };
}

/**
 * `npm run bench`: every benchmark, its figures also written to `bench/results.json`; exits
 * non-zero when a budget is missed. Not part of `npm test` or CI.
 */
async function main(): Promise<void> {
  const tabWithinBudget = await benchTab();
  const tenant = await benchTenant(tenantSize(process.env));
  // Nothing reads the loaded store yet; it is about 550 MB at the default size.
  rmSync(tenant.dataDir, { recursive: true, force: true });
  const { dataDir: _removed, ...tenantFigures } = tenant;
  const dir = join(repoRoot(), 'bench');
  mkdirSync(dir, { recursive: true });
  const results = { at: new Date().toISOString(), tab: { tabWithinBudget }, tenant: tenantFigures };
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (!tabWithinBudget) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
