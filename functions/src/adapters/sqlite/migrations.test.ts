import Database from 'better-sqlite3';
import { MIGRATIONS, migrate, schemaVersion, type Migration } from './migrations.js';

const tableNames = (db: Database.Database) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];

const step = (table: string): Migration => ({
  description: `create ${table}`,
  sql: `CREATE TABLE ${table} (id TEXT PRIMARY KEY);`,
});

describe('migrate', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => {
    db.close();
  });

  it('creates the schema on an empty database and records its version', () => {
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tableNames(db)).toEqual(['checkins', 'documents', 'goal_parents', 'goals', 'settings']);
  });

  it('does nothing on a database that is already current', () => {
    migrate(db);
    expect(() => migrate(db)).not.toThrow();
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
  });

  it('runs only the steps a database has not run yet', () => {
    migrate(db, [step('first')]);
    expect(migrate(db, [step('first'), step('second')])).toBe(2);
    expect(tableNames(db)).toEqual(['first', 'second']);
  });

  it('rolls back every pending step when one fails', () => {
    const broken: Migration = { description: 'broken', sql: 'CREATE TABLE;' };
    expect(() => migrate(db, [step('first'), broken])).toThrow();
    expect(tableNames(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
  });

  it('refuses a database newer than the steps it knows', () => {
    migrate(db, [step('first'), step('second')]);
    expect(() => migrate(db, [step('first')])).toThrow(/schema version 2/);
  });
});
