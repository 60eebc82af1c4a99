import { openSqliteDatabase } from '../../functions/src/adapters/sqlite/sqlite-database.js';
import { openSqliteDocuments } from '../../functions/src/adapters/sqlite/sqlite-documents.js';
import { describeDocumentContract } from './document-contract.js';

describe('SQLite documents (better-sqlite3, in memory)', () => {
  describeDocumentContract('sqlite', () => {
    const db = openSqliteDatabase({ filename: ':memory:' });
    return Promise.resolve({
      documents: openSqliteDocuments(db),
      cleanup: () => {
        db.close();
        return Promise.resolve();
      },
    });
  });
});
