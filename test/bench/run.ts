import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/repo-root.js';
import { benchApi } from './api/api-bench.js';
import { benchGrowth, type GrowthFigure } from './api/growth-bench.js';
import { benchScheduling } from './api/scheduling-bench.js';
import { benchCosmos } from './cosmos/cosmos-bench.js';
import { alignmentReport, apiReport, schedulingReport } from './report/print-api.js';
import { benchTab } from './tab-bench.js';
import { benchTenant } from './tenant/tenant-bench.js';

/** What to run, from the environment; the defaults are the tenant. */
function settings(env: NodeJS.ProcessEnv) {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: a whole number >= 1`);
    return value;
  };
  const people = number('BENCH_PEOPLE', 10_000);
  const growth = (env.BENCH_GROWTH ?? '1000,50000').split(',').filter(Boolean).map(Number);
  return { people, seconds: number('BENCH_SECONDS', 10), growth };
}

/**
 * `npm run bench`: every benchmark, printed as tables (stderr) and written to
 * `bench/results.json`. Benchmarks report; they fail nothing, and never run in `npm test` or CI.
 * `BENCH_PEOPLE` (default 10,000) sizes the tenant, `BENCH_SECONDS` (default 10) each load,
 * `BENCH_GROWTH` (default 1000,50000) the other tenant sizes alignment is measured at.
 */
async function main(): Promise<void> {
  const { people, seconds, growth } = settings(process.env);
  const tab = await benchTab();
  const tenant = await benchTenant({ people, goals: people * 10, checkIns: people * 100 });
  const { dataDir, org: _org, goalList: _goals, ...tenantFigures } = tenant;
  const api = await benchApi(tenant, seconds).finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });
  const main: GrowthFigure = { people, goals: tenant.goals, loadMs: tenant.loadMs, alignment: api.alignment };
  const sizes = [...(await benchGrowth(growth)), main].sort((a, b) => a.people - b.people);
  const scheduling = await benchScheduling();
  const cosmos = await benchCosmos();
  const report = [
    `Northstar bench, ${new Date().toISOString()}, ${String(availableParallelism())} CPUs, Node ${process.version}`,
    `tenant: ${String(people)} people, ${String(tenant.goals)} goals, ${String(tenant.checkIns)} check-ins; generated in ${(tenant.generateMs / 1000).toFixed(1)} s, loaded in ${(tenant.loadMs / 1000).toFixed(1)} s, SQLite ${(tenant.dbBytes / 1024 / 1024).toFixed(1)} MB`,
    ...apiReport(api, seconds),
    ...alignmentReport(sizes),
    ...schedulingReport(scheduling),
  ];
  console.warn(`\n${report.join('\n\n')}\n`);
  const dir = join(repoRoot(), 'bench');
  mkdirSync(dir, { recursive: true });
  const results = { at: new Date().toISOString(), tab, tenant: tenantFigures, api, growth: sizes, scheduling, cosmos };
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'results.txt'), `${report.join('\n\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
