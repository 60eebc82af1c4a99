import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStores } from '../../functions/src/adapters/sqlite/sqlite-stores.js';
import { describeStoreContract } from './store-contract.js';

describe('SQLite (better-sqlite3, a data directory)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'northstar-contract-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  // A nested directory that does not exist yet: opening the store must create it.
  describeStoreContract('sqlite', () => {
    const stores = openSqliteStores({ dataDir: join(dataDir, 'nested', 'data') });
    return Promise.resolve({ stores, cleanup: () => stores.close() });
  });
});
