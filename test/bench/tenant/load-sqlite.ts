import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckIn, Period, Person, TenantSettings } from '@northstar/shared';
import type { Stores } from '../../../functions/src/ports/stores.js';
import { SqliteCheckInRepository } from '../../../functions/src/adapters/sqlite/sqlite-check-in-repository.js';
import {
  SQLITE_FILE_NAME,
  openSqliteDatabase,
} from '../../../functions/src/adapters/sqlite/sqlite-database.js';
import { SqliteGoalRepository } from '../../../functions/src/adapters/sqlite/sqlite-goal-repository.js';
import { SqliteSettingsRepository } from '../../../functions/src/adapters/sqlite/sqlite-settings-repository.js';
import { DEFAULT_COMPANY_VALUES } from '../../../functions/src/features/settings/default-settings.js';
import type { NewGoal } from './generate-goals.js';

/** A generated tenant; check-ins come in batches so they never all sit in memory. */
export interface TenantData {
  people: readonly Person[];
  periods: readonly Period[];
  goals: readonly NewGoal[];
  checkIns: Iterable<CheckIn[]>;
}

/** The part of the store port the loader writes through. */
export type TenantStores = Pick<Stores, 'goals' | 'checkIns' | 'settings'>;

/** Runs one batch of port calls; a store may wrap it in a transaction (the bulk path). */
export type RunBatch = (work: () => void) => void;

/** The SQLite store opened for bulk loading, with the file it writes. */
export interface BenchSqlite {
  stores: TenantStores;
  runBatch: RunBatch;
  close(): void;
}

const GOAL_BATCH = 5_000;

/**
 * The embedded store in `dataDir`, built from the adapter's own repositories (so every write
 * runs the app's statements) on a connection we keep, so that each batch can run in one
 * transaction: one commit per batch instead of one per row. The app's adapter is unchanged.
 */
export function openBenchSqlite(dataDir: string): BenchSqlite {
  const db = openSqliteDatabase({ dataDir });
  return {
    stores: {
      goals: new SqliteGoalRepository(db),
      checkIns: new SqliteCheckInRepository(db),
      settings: new SqliteSettingsRepository(db),
    },
    // The SQLite repositories do their work synchronously inside the returned promise.
    runBatch: (work) => {
      db.transaction(work)();
    },
    close: () => {
      db.close();
    },
  };
}

/** Bytes of the database in `dataDir`, its write-ahead log included. */
export function databaseBytes(dataDir: string): number {
  const file = join(dataDir, SQLITE_FILE_NAME);
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return size(file) + size(`${file}-wal`);
}

async function inBatch<T>(
  runBatch: RunBatch,
  items: readonly T[],
  write: (item: T) => Promise<unknown>,
) {
  const writes: Promise<unknown>[] = [];
  runBatch(() => {
    for (const item of items) writes.push(write(item));
  });
  await Promise.all(writes);
}

function settingsFor(tenantId: string, data: TenantData): TenantSettings {
  return {
    tenantId,
    name: 'Bench tenant',
    periods: [...data.periods],
    checkInCadenceDays: 14,
    maxActiveGoalsPerOwner: 10,
    adminIds: data.people.slice(0, 1).map((p) => p.id),
    anonymityThreshold: 5,
    companyValues: [...DEFAULT_COMPANY_VALUES],
  };
}

/**
 * Writes a generated tenant through the store port: settings, then the check-ins (remembering
 * each goal's latest), then the goals, parents first, carrying their latest check-in the way the
 * app's check-in route leaves them. Check-ins go first only so goals need no second write; the
 * store does not require goals to exist first. People live in the directory, not the store.
 */
export async function loadTenant(
  stores: TenantStores,
  tenantId: string,
  data: TenantData,
  runBatch: RunBatch = (work) => {
    work();
  },
): Promise<{ goals: number; checkIns: number }> {
  await stores.settings.put(settingsFor(tenantId, data));
  const latest = new Map<string, CheckIn>();
  let checkIns = 0;
  for (const batch of data.checkIns) {
    await inBatch(runBatch, batch, (c) => stores.checkIns.add({ ...c, tenantId }));
    for (const c of batch) latest.set(c.goalId, c);
    checkIns += batch.length;
  }
  for (let at = 0; at < data.goals.length; at += GOAL_BATCH) {
    const goals = data.goals.slice(at, at + GOAL_BATCH);
    await inBatch(runBatch, goals, (g) =>
      stores.goals.create(withLatest({ ...g, tenantId }, latest.get(g.id))),
    );
  }
  return { goals: data.goals.length, checkIns };
}

function withLatest(goal: NewGoal, checkIn: CheckIn | undefined): NewGoal {
  if (!checkIn) return goal;
  return {
    ...goal,
    current: checkIn.value,
    lastCheckInAt: checkIn.createdAt,
    lastConfidence: checkIn.confidence,
    updatedAt: checkIn.createdAt,
  };
}
