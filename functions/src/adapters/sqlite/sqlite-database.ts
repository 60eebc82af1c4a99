import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

/** Where the embedded store lives: a data directory, or memory (gone on close). */
export type SqliteStoreOptions = { dataDir: string } | { filename: ':memory:' };

/** The data file inside a data directory. */
export const SQLITE_FILE_NAME = 'northstar.db';

/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the database file (creating the data directory), sets up the connection (WAL, busy
 * timeout, foreign keys) and migrates it to the current schema. Closes it again if any of that
 * fails, so a failed open leaves no handle behind.
 */
export function openSqliteDatabase(options: SqliteStoreOptions): Database.Database {
  const db = new Database(fileFor(options));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${String(BUSY_TIMEOUT_MS)}`);
    // NORMAL is durable across application crashes in WAL mode, and much faster than FULL.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function fileFor(options: SqliteStoreOptions): string {
  if ('filename' in options) return options.filename;
  mkdirSync(options.dataDir, { recursive: true });
  return join(options.dataDir, SQLITE_FILE_NAME);
}
