import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCheckIns } from './generate-check-ins.js';
import type { Person } from '@northstar/shared';
import { benchPeriods, generateGoals, type NewGoal } from './generate-goals.js';
import { generateOrg } from './generate-org.js';
import { databaseBytes, loadTenant, openBenchSqlite } from './load-sqlite.js';
import { describeOrg } from './tenant-shape.js';

/** Sizes of the generated tenant; the defaults are the realistic tenant. */
export interface TenantBenchOptions {
  people?: number;
  goals?: number;
  checkIns?: number;
  seed?: number;
}

/** What generating and loading the tenant cost. */
export interface TenantBenchResult {
  people: number;
  goals: number;
  checkIns: number;
  /** People and goals; check-ins are generated while loading and counted in `loadMs`. */
  generateMs: number;
  loadMs: number;
  dbBytes: number;
  dataDir: string;
  seed: number;
  /** The generated people and goals, for the benchmarks that read the loaded store. */
  org: Person[];
  goalList: NewGoal[];
}

/** The generated tenant's id. */
export const BENCH_TENANT_ID = 'bench-tenant';
/** A fixed "now", so the same seed gives the same tenant on any day. */
export const BENCH_NOW = new Date('2026-11-15T12:00:00Z');

/**
 * Generates a tenant (seeded) and loads it into a fresh SQLite store in a temp directory, one
 * transaction per batch; prints one line and returns the figures. The directory is left behind
 * for the read benchmarks to use.
 */
export async function benchTenant(options: TenantBenchOptions = {}): Promise<TenantBenchResult> {
  const { people = 10_000, goals = 100_000, checkIns = 1_000_000, seed = 1 } = options;
  const started = performance.now();
  const org = generateOrg(seed, people);
  const goalList = generateGoals(seed + 1, org, goals, BENCH_NOW);
  const generateMs = performance.now() - started;
  const dataDir = mkdtempSync(join(tmpdir(), 'northstar-bench-'));
  const sqlite = openBenchSqlite(dataDir);
  const loadStarted = performance.now();
  try {
    const data = {
      people: org,
      periods: benchPeriods(BENCH_NOW),
      goals: goalList,
      checkIns: generateCheckIns(seed + 2, goalList, checkIns, BENCH_NOW),
    };
    const loaded = await loadTenant(sqlite.stores, BENCH_TENANT_ID, data, sqlite.runBatch);
    const loadMs = performance.now() - loadStarted;
    const result = {
      people,
      ...loaded,
      generateMs,
      loadMs,
      dbBytes: databaseBytes(dataDir),
      dataDir,
      seed,
      org,
      goalList,
    };
    printLine(result, describeOrg(org));
    return result;
  } finally {
    sqlite.close();
  }
}

function printLine(result: TenantBenchResult, shape: ReturnType<typeof describeOrg>): void {
  const mb = (result.dbBytes / 1024 / 1024).toFixed(1);
  console.warn(
    `tenant  ${String(result.people)} people (depth ${String(shape.maxDepth)}, span ` +
      `${String(shape.minSpan)}-${String(shape.maxSpan)}, ${String(shape.departments)} depts)  ` +
      `${String(result.goals)} goals  ${String(result.checkIns)} check-ins  ` +
      `generate ${result.generateMs.toFixed(0)} ms  load ${result.loadMs.toFixed(0)} ms  ` +
      `sqlite ${mb} MB  ${result.dataDir}`,
  );
}
