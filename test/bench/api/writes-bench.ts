import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Person } from '@northstar/shared';
import { SQLITE_FILE_NAME } from '../../../functions/src/adapters/sqlite/sqlite-database.js';
import type { BenchHost } from '../host/bench-host-process.js';
import type { BenchTokens } from '../host/bench-tokens.js';
import type { LoadClient, LoadResult } from '../load/load-spec.js';
import { runLoad } from '../load/run-load.js';
import type { NewGoal } from '../tenant/generate-goals.js';
import { BENCH_TENANT_ID } from '../tenant/tenant-bench.js';

/** One write load and what the store holds after it. */
export interface WriteFigure {
  name: string;
  goals: number;
  load: LoadResult;
  /** Check-ins the store gained: must equal the 2xx answers (every request is awaited). */
  stored: number;
  /** Goals whose current value is not their latest check-in's (a lost update): must be 0. */
  lostUpdates: number;
}

const WRITERS = 50;
/** Requests per writer: a fixed amount, so every answer is counted and matches the store. */
const REQUESTS_PER_WRITER = 40;

/**
 * Check-ins at 50 concurrent writers, on 50 distinct goals and then all on one hot goal: 2,000
 * requests each. Afterwards the store is read directly to prove nothing was lost.
 */
export async function benchWrites(
  host: BenchHost,
  tokens: BenchTokens,
  dataDir: string,
  subjects: { writable: readonly NewGoal[]; people: ReadonlyMap<string, Person> },
): Promise<WriteFigure[]> {
  const distinct = subjects.writable.slice(0, WRITERS);
  const hot = distinct.slice(0, 1);
  const figures: WriteFigure[] = [];
  for (const [name, goals] of [
    ['50 writers, 50 distinct goals', distinct],
    ['50 writers, one hot goal', hot],
  ] as const) {
    const clients = await Promise.all(goals.map((g) => writer(g, subjects.people, tokens)));
    const before = storedCheckIns(dataDir, goals);
    const load = await runLoad({
      url: host.baseUrl,
      method: 'POST',
      connections: WRITERS,
      durationSeconds: 0,
      amount: WRITERS * REQUESTS_PER_WRITER,
      clients,
    });
    const stored = storedCheckIns(dataDir, goals) - before;
    figures.push({ name, goals: goals.length, load, stored, lostUpdates: lostUpdates(dataDir, goals) });
  }
  return figures;
}

/** The goal's owner checking in values inside the goal's range, in turn. */
async function writer(
  goal: NewGoal,
  people: ReadonlyMap<string, Person>,
  tokens: BenchTokens,
): Promise<LoadClient> {
  const owner = people.get(goal.ownerId);
  if (!owner || !goal.metric) throw new Error(`goal ${goal.id} cannot take bench check-ins`);
  const { start, target } = goal.metric;
  const values = Array.from({ length: 20 }, (_, i) => start + ((target - start) * i) / 19);
  return {
    path: `/api/goals/${goal.id}/checkins`,
    headers: {
      authorization: `Bearer ${await tokens(owner)}`,
      'content-type': 'application/json',
    },
    bodies: values.map((value) => JSON.stringify({ value, confidence: 7 })),
  };
}

/** Reads the host's SQLite file directly (a second connection; WAL lets it read alongside). */
function withDatabase<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

function storedCheckIns(dataDir: string, goals: readonly NewGoal[]): number {
  return withDatabase(dataDir, (db) => {
    const count = db.prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM checkins WHERE tenant_id = ? AND goal_id = ?',
    );
    return goals.reduce((sum, g) => sum + (count.get(BENCH_TENANT_ID, g.id)?.n ?? 0), 0);
  });
}

function lostUpdates(dataDir: string, goals: readonly NewGoal[]): number {
  return withDatabase(dataDir, (db) => {
    const latest = db.prepare<[string, string], { doc: string }>(
      'SELECT doc FROM checkins WHERE tenant_id = ? AND goal_id = ? ORDER BY created_at DESC, id DESC LIMIT 1',
    );
    const goal = db.prepare<[string, string], { doc: string }>(
      'SELECT doc FROM goals WHERE tenant_id = ? AND id = ?',
    );
    return goals.filter((g) => {
      const checkIn = JSON.parse(latest.get(BENCH_TENANT_ID, g.id)?.doc ?? '{}') as { value?: number };
      const stored = JSON.parse(goal.get(BENCH_TENANT_ID, g.id)?.doc ?? '{}') as { current?: number };
      return checkIn.value !== stored.current;
    }).length;
  });
}
