import type { ApiBenchResult } from '../api/api-bench.js';
import { THINK_MS } from '../api/reads-bench.js';
import type { GrowthFigure } from '../api/growth-bench.js';
import type { SchedulingFigure } from '../api/scheduling-bench.js';
import { kb, mb, table, verdict } from './table.js';

/** Budgets from DESIGN section 10. */
export const BUDGETS = {
  readP99Ms: 20,
  ratio: 0.5,
  alignmentMs: 300,
  /** The tenant size the alignment budget is stated for (DESIGN section 10). */
  alignmentPeople: 10_000,
  searchMs: 5000,
} as const;

/** The API sections of the report, as text. */
export function apiReport(api: ApiBenchResult, seconds: number): string[] {
  const { throughput, latency } = readTables(api);
  const writes = table(
    ['writes (check-ins)', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'other', 'stored', 'lost updates'],
    api.writes.map((w) => [w.name, w.load.requestsPerSecond, w.load.p50Ms, w.load.p99Ms, w.load.ok, w.load.notOk + w.load.errors, w.stored, w.lostUpdates]),
  );
  const cost = table(
    ['request (one at a time)', 'items', 'port calls', 'SQL statements', 'SQL rows'],
    api.storeCost.map((c) => [c.name, c.items, c.portCalls, c.sqlStatements, c.sqlRows]),
  );
  const search = table(
    ['search invoke (201 in sequence)', 'first ms', 'p50 ms', 'p99 ms', 'max ms', 'results', 'p99<5s'],
    api.search.map((s) => [s.name, s.firstMs, s.p50Ms, s.p99Ms, s.maxMs, s.results, verdict(s.p99Ms < BUDGETS.searchMs)]),
  );
  return [
    `1. API reads at 100 concurrent clients, ${String(seconds)} s each after 2 s of warm-up, beside a bare node:http server answering the same bytes (loads in their own process)`,
    '1a. Throughput: each client sends its next request at once (autocannon). The budget\'s "simple read" is GET /api/me.',
    throughput,
    `1b. Latency: each client waits ${String(THINK_MS)} ms on average (exponential) after an answer, about 1,000 req/s in all, counted after 1 s; at full throughput p99 is only clients / (req/s)`,
    latency,
    `2. Writes: 50 concurrent writers, 2,000 check-ins each run; the store is read afterwards`,
    writes,
    `4. Store cost per request (metered host; the port calls and the SQL they ran)`,
    cost,
    `6. Message extension search on this tenant`,
    search,
    `   host peak memory over the run: ${String(mb(api.hostPeakRssBytes))} MB`,
  ];
}

/** The reads' throughput (beside the bare server's) and their latency when paced. */
function readTables(api: ApiBenchResult): { throughput: string; latency: string } {
  const simpleRead = (name: string) => name === 'GET /api/me';
  const throughput = table(
    ['read (100 clients, saturated)', 'req/s', 'p50 ms', 'p99 ms', 'bare req/s', 'bare p99', 'ratio', 'ratio>=0.5'],
    api.reads.map((r) => [
      r.name, r.host.requestsPerSecond, r.host.p50Ms, r.host.p99Ms, r.bare.requestsPerSecond,
      r.bare.p99Ms, Math.round(r.throughputRatio * 100) / 100,
      simpleRead(r.name) ? verdict(r.throughputRatio >= BUDGETS.ratio) : '-',
    ]),
  );
  const latency = table(
    ['read (100 clients, paced)', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'bare p50', 'bare p99', 'p99<20ms'],
    api.reads.map((r) => [
      r.name, r.hostPaced.requestsPerSecond, r.hostPaced.p50Ms, r.hostPaced.p99Ms, r.hostPaced.maxMs,
      r.barePaced.p50Ms, r.barePaced.p99Ms,
      simpleRead(r.name) ? '-' : verdict(r.hostPaced.p99Ms < BUDGETS.readP99Ms),
    ]),
  );
  return { throughput, latency };
}

/** Alignment at each tenant size, as text. */
export function alignmentReport(growth: readonly GrowthFigure[]): string[] {
  const rows = growth.flatMap((g) =>
    g.alignment.map((a) => [
      g.people, a.name, a.firstMs, a.p50Ms, a.p99Ms, a.nodes, kb(a.responseBytes), mb(a.hostPeakRssBytes),
      g.people === BUDGETS.alignmentPeople ? verdict(a.p99Ms < BUDGETS.alignmentMs) : '-',
    ]),
  );
  return [
    '3. GET /api/alignment, 21 in sequence (the first fills the snapshot); the 300 ms budget is stated for 10,000 people, the other sizes show the growth',
    table(['people', 'view', 'first ms', 'p50 ms', 'p99 ms', 'nodes', 'KB', 'host peak MB', '<300ms'], rows),
  ];
}

/** Graph calls of booking N reviews, as text. */
export function schedulingReport(figures: readonly SchedulingFigure[]): string[] {
  return [
    '7. Scheduling: POST /api/meetings/schedule-team in Graph mode (local Entra and Graph servers)',
    table(
      ['reports', 'run', 'Graph calls', '$batch', '$batch budget', 'getSchedule', 'sub-requests', 'booked', 'ms'],
      figures.map((f) => [f.reports, f.run, f.cost.total, f.cost.batch, f.batchBudget, f.cost.getSchedule, f.cost.subRequests, f.booked, f.ms]),
    ),
  ];
}
