import type { GraphCall } from '../../functions/src/adapters/graph/graph-test-server.js';

/** The Graph traffic of one request, by kind. */
export interface GraphCost {
  /** HTTP calls in all (what Graph counts and throttles). */
  total: number;
  batch: number;
  getSchedule: number;
  directReportsPages: number;
  /** Every other HTTP call (reading a user). */
  other: number;
  /** Requests carried inside the `$batch` calls. */
  subRequests: number;
}

/** The cost of the calls a {@link GraphTestServer} saw. */
export function graphCost(calls: readonly GraphCall[]): GraphCost {
  const http = calls.filter((c) => !c.batched);
  const count = (kind: (c: GraphCall) => boolean) => http.filter(kind).length;
  const batch = count((c) => c.path === '/$batch');
  const getSchedule = count((c) => c.path.endsWith('/calendar/getSchedule'));
  const directReportsPages = count((c) => c.path.includes('/directReports'));
  return {
    total: http.length,
    batch,
    getSchedule,
    directReportsPages,
    other: http.length - batch - getSchedule - directReportsPages,
    subRequests: calls.length - http.length,
  };
}

/** Calls for `n` items at 20 a call (`$batch` items, `getSchedule` calendars). */
const per20 = (n: number): number => Math.ceil(n / 20);

/**
 * What `POST /api/meetings/schedule-team` for a manager with `n` reports, all booked, should
 * cost, read off the code. Every run: their free/busy (ceil((n+1)/20) `getSchedule`) to plan
 * and the events (ceil(n/20) `$batch`) to book. A `cold` run (the directory and address caches
 * empty) also looks up the mailboxes of the manager and the reports once (ceil((n+1)/20)
 * `$batch`; booking reuses them) and resolves the caller: their user, one `getSchedule` for
 * their hours, every page of their reports and ceil(n/20) `getSchedule` for the reports' hours.
 * Within 60 s the directory and the addresses come from their caches.
 */
export function expectedCost(n: number, pageSize: number, run: 'cold' | 'warm'): GraphCost {
  const cold = run === 'cold';
  const batch = (cold ? per20(n + 1) : 0) + per20(n);
  const getSchedule = per20(n + 1) + (cold ? 1 + per20(n) : 0);
  const directReportsPages = cold ? Math.max(1, Math.ceil(n / pageSize)) : 0;
  const other = cold ? 1 : 0;
  return {
    total: batch + getSchedule + directReportsPages + other,
    batch,
    getSchedule,
    directReportsPages,
    other,
    subRequests: (cold ? n + 1 : 0) + n,
  };
}
