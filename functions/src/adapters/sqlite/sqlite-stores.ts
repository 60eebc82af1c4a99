import type { Stores } from '../../ports/stores.js';
import { SqliteCheckInRepository } from './sqlite-check-in-repository.js';
import { openSqliteDatabase, type SqliteStoreOptions } from './sqlite-database.js';
import { SqliteGoalRepository } from './sqlite-goal-repository.js';
import { openSqliteDocuments } from './sqlite-documents.js';
import { SqliteSettingsRepository } from './sqlite-settings-repository.js';

export type { SqliteStoreOptions } from './sqlite-database.js';

/**
 * Opens (creating if needed) the embedded store: `<dataDir>/northstar.db`, or an in-memory
 * database, migrated to the current schema before any repository uses it.
 */
export function openSqliteStores(options: SqliteStoreOptions): Stores {
  const db = openSqliteDatabase(options);
  return {
    kind: 'sqlite',
    goals: new SqliteGoalRepository(db),
    checkIns: new SqliteCheckInRepository(db),
    settings: new SqliteSettingsRepository(db),
    documents: openSqliteDocuments(db),
    close: () => {
      if (db.open) db.close();
      return Promise.resolve();
    },
  };
}
