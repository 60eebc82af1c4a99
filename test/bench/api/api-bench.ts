import type { Person } from '@northstar/shared';
import { startBenchHost } from '../host/bench-host-process.js';
import { benchTokens } from '../host/bench-tokens.js';
import type { TenantBenchResult } from '../tenant/tenant-bench.js';
import { benchAlignment, type AlignmentFigure, type AlignmentRead } from './alignment-bench.js';
import { benchSubjects, type BenchSubjects } from './bench-subjects.js';
import { benchReads, type ReadFigure } from './reads-bench.js';
import { benchSearch, type SearchFigure } from './search-bench.js';
import { benchStoreCost, type StoreCostFigure } from './store-cost-bench.js';
import { benchWrites, type WriteFigure } from './writes-bench.js';

/** Everything measured against the local host over one loaded tenant. */
export interface ApiBenchResult {
  storeCost: StoreCostFigure[];
  reads: ReadFigure[];
  alignment: AlignmentFigure[];
  search: SearchFigure[];
  writes: WriteFigure[];
  /** The host's peak resident memory over the whole run. */
  hostPeakRssBytes: number;
}

/** The alignment views measured at every tenant size. */
export function alignmentReads(s: BenchSubjects): AlignmentRead[] {
  return [
    { name: 'whole tenant, as an employee', query: '', caller: s.employee },
    { name: 'whole tenant, as the admin', query: '', caller: s.admin },
    { name: 'one department', query: `?rootId=${s.departmentRoot.id}`, caller: s.employee },
  ];
}

/**
 * Store cost per request on a metered host first; then, on a plain host, reads under load,
 * alignment, search, and last the writes (they change the data the others read).
 */
export async function benchApi(tenant: TenantBenchResult, seconds: number): Promise<ApiBenchResult> {
  const s = benchSubjects(tenant.org, tenant.goalList);
  const tokens = benchTokens(tenant.dataDir);
  const options = { dataDir: tenant.dataDir, seed: tenant.seed, people: tenant.people };
  const metered = await startBenchHost({ ...options, meter: true });
  const storeCost = await benchStoreCost(metered, tokens, meteredReads(s, tenant.org)).finally(
    () => metered.stop(),
  );
  const host = await startBenchHost(options);
  try {
    const reads = await benchReads(host, tokens, [
      { name: 'GET /api/goals?ownerId=me', path: '/api/goals?ownerId=me', caller: s.employee },
      { name: 'GET /api/goals/{id}', path: `/api/goals/${s.goal.id}`, caller: s.employee },
      { name: 'GET /api/me', path: '/api/me', caller: s.employee },
    ], seconds);
    const alignment = await benchAlignment(host, tokens, alignmentReads(s));
    const search = await benchSearch(host, s.employee);
    const people = new Map(tenant.org.map((p) => [p.id, p]));
    const writes = await benchWrites(host, tokens, tenant.dataDir, { writable: s.writable, people });
    return { storeCost, reads, alignment, search, writes, hostPeakRssBytes: host.peakRssBytes() };
  } finally {
    await host.stop();
  }
}

/**
 * The reads above, plus a list of many goals beside one of few (equal cost: no N+1). The first
 * list loads the tenant's goal snapshot (progress roll-up and alignment); every read after it
 * costs only its own query.
 */
function meteredReads(s: BenchSubjects, org: readonly Person[]) {
  const manager = org.find((p) => p.id === s.employee.managerId) ?? s.admin;
  return [
    { name: 'GET /api/me', path: '/api/me', caller: s.employee },
    { name: 'GET /api/goals?ownerId=me (first: loads the snapshot)', path: '/api/goals?ownerId=me', caller: s.employee },
    { name: 'GET /api/goals?ownerId=me (from the snapshot)', path: '/api/goals?ownerId=me', caller: s.employee },
    { name: 'GET /api/goals (a page of 50, all levels)', path: '/api/goals?limit=50', caller: s.admin },
    { name: 'GET /api/goals?ownerId={report} (as manager)', path: `/api/goals?ownerId=${s.employee.id}`, caller: manager },
    { name: 'GET /api/goals/{id}', path: `/api/goals/${s.goal.id}`, caller: s.employee },
    { name: 'GET /api/goals/{id}/checkins', path: `/api/goals/${s.goal.id}/checkins`, caller: s.employee },
    { name: 'GET /api/alignment (from the snapshot)', path: '/api/alignment', caller: s.employee, warm: true },
    { name: 'GET /api/alignment?rootId= (one department)', path: `/api/alignment?rootId=${s.departmentRoot.id}`, caller: s.employee, warm: true },
  ];
}
