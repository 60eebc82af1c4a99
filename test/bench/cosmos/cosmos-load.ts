import { performance } from 'node:perf_hooks';
import type { Person } from '@northstar/shared';
import { openCosmosStores } from '../../../functions/src/adapters/cosmos/cosmos-stores.js';
import { generateCheckIns } from '../tenant/generate-check-ins.js';
import { benchPeriods, type NewGoal } from '../tenant/generate-goals.js';
import { loadTenant } from '../tenant/load-sqlite.js';
import { BENCH_NOW, BENCH_TENANT_ID } from '../tenant/tenant-bench.js';
import type { CosmosTarget } from './cosmos-target.js';

/** The generated tenant to load. */
export interface CosmosTenant {
  seed: number;
  people: readonly Person[];
  goals: readonly NewGoal[];
  checkIns: number;
}

/** What loading cost. */
export interface CosmosLoadResult {
  goals: number;
  checkIns: number;
  /** Goals, check-ins and the settings document. */
  documents: number;
  loadMs: number;
  documentsPerSecond: number;
}

/**
 * Check-ins per batch. The loader starts a batch's writes together and waits for all of them; the
 * target's agent lets `LOAD_SOCKETS` of them be on the wire at once.
 */
const CHECK_IN_BATCH = 2_000;

/**
 * Loads the tenant through the store port (`loadTenant`, the same loader as SQLite's) into the
 * Cosmos adapter, creating the database and containers. Check-ins are generated as they load.
 */
export async function loadCosmosTenant(
  target: CosmosTarget,
  tenant: CosmosTenant,
): Promise<CosmosLoadResult> {
  const stores = await openCosmosStores({
    endpoint: target.endpoint,
    key: target.key,
    database: target.database,
    createIfMissing: true,
    agent: target.agent,
    enableEndpointDiscovery: !target.local,
  });
  const started = performance.now();
  try {
    const data = {
      people: tenant.people,
      periods: benchPeriods(BENCH_NOW),
      goals: tenant.goals,
      checkIns: generateCheckIns(
        tenant.seed + 2,
        tenant.goals,
        tenant.checkIns,
        BENCH_NOW,
        CHECK_IN_BATCH,
      ),
    };
    const loaded = await loadTenant(stores, BENCH_TENANT_ID, data);
    const loadMs = performance.now() - started;
    const documents = loaded.goals + loaded.checkIns + 1;
    return { ...loaded, documents, loadMs, documentsPerSecond: documents / (loadMs / 1000) };
  } finally {
    await stores.close();
  }
}
