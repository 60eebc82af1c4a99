import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateGoals } from '../tenant/generate-goals.js';
import { generateOrg } from '../tenant/generate-org.js';
import { BENCH_NOW } from '../tenant/tenant-bench.js';
import { loadCosmosTenant, type CosmosLoadResult } from './cosmos-load.js';
import { readProbes } from './cosmos-probes.js';
import { measureReadCosts, type ReadCost } from './cosmos-read-costs.js';
import { printCosmosLoad, printCosmosReads } from './cosmos-table.js';
import { openCosmosTarget } from './cosmos-target.js';

/** Size and seed of the tenant loaded into Cosmos. */
export interface CosmosBenchOptions {
  /** Default `BENCH_COSMOS_PEOPLE`, else 1,000: the in-process server keeps it all in memory. */
  people?: number;
  /**
   * Default `BENCH_COSMOS_CHECKINS` (per person), else 100 on an account or the emulator and 10
   * on the in-process server, whose queries slow down with the square of a container's size.
   */
  checkInsPerPerson?: number;
  seed?: number;
}

/** What loading the tenant into Cosmos and serving the reads from it cost (JSON-able). */
export interface CosmosBenchResult {
  target: 'in-process' | 'account';
  people: number;
  /** People and goals; check-ins are generated while loading. */
  generateMs: number;
  load: CosmosLoadResult;
  /** How far `requestCharge` can be trusted on this target. */
  chargeNote: string;
  /** `null` when the reads could not run (dev sign-in refuses a Cosmos not on this machine). */
  reads: ReadCost[] | null;
  readsSkipped?: string;
}

const IN_PROCESS_CHARGE =
  'the in-process server answers x-ms-request-charge: 1 on every response, so RU only repeats ' +
  'the request count; real request units need BENCH_COSMOS_ENDPOINT (emulator or account)';
const ACCOUNT_CHARGE = 'x-ms-request-charge as the Cosmos endpoint reported it (request units)';
const REMOTE_READS =
  'the reads need dev sign-in, which the app refuses with a Cosmos endpoint not on this machine';

/**
 * Generates a tenant (10 goals a person), loads it through the store port into the Cosmos adapter
 * (BENCH_COSMOS_ENDPOINT, else the in-process server) in a fresh database, then costs each read
 * of item 4 in Cosmos requests; prints a table and returns the figures.
 */
export async function benchCosmos(options: CosmosBenchOptions = {}): Promise<CosmosBenchResult> {
  const people = options.people ?? whole(process.env.BENCH_COSMOS_PEOPLE, 1_000, 10);
  const seed = options.seed ?? 1;
  const started = performance.now();
  const org = generateOrg(seed, people);
  const goals = generateGoals(seed + 1, org, people * 10, BENCH_NOW);
  const generateMs = performance.now() - started;
  const target = await openCosmosTarget(process.env);
  const perPerson =
    options.checkInsPerPerson ??
    whole(process.env.BENCH_COSMOS_CHECKINS, target.kind === 'in-process' ? 10 : 100, 0);
  const dataDir = mkdtempSync(join(tmpdir(), 'northstar-bench-cosmos-'));
  try {
    const tenant = { seed, people: org, goals, checkIns: people * perPerson };
    const load = await loadCosmosTenant(target, tenant);
    const chargeNote = target.kind === 'in-process' ? IN_PROCESS_CHARGE : ACCOUNT_CHARGE;
    const head = { target: target.kind, people, generateMs, load, chargeNote };
    printCosmosLoad(head);
    if (!target.local) return { ...head, reads: null, readsSkipped: REMOTE_READS };
    const reads = await measureReadCosts(target, org, readProbes(org, goals), dataDir);
    printCosmosReads(reads, chargeNote);
    return { ...head, reads };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await target.stop();
  }
}

/** A whole number from the environment, at least `min`; `fallback` when unset. */
function whole(value: string | undefined, fallback: number, min: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${String(value)}: a whole number >= ${min}`);
  return n;
}
