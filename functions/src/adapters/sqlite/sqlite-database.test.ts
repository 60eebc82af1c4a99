import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.js';
import { BUSY_TIMEOUT_MS, SQLITE_FILE_NAME, openSqliteDatabase } from './sqlite-database.js';

describe('openSqliteDatabase', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'northstar-sqlite-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the data directory and the data file in it', () => {
    const dataDir = join(root, 'not', 'yet', 'there');
    openSqliteDatabase({ dataDir }).close();
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
  });

  it.each([
    ['journal_mode', 'wal'],
    ['busy_timeout', BUSY_TIMEOUT_MS],
    ['foreign_keys', 1],
    ['user_version', MIGRATIONS.length],
  ])('sets %s to %p', (pragma, expected) => {
    const db = openSqliteDatabase({ dataDir: root });
    try {
      expect(db.pragma(pragma, { simple: true })).toBe(expected);
    } finally {
      db.close();
    }
  });

  it('opens an in-memory database with the current schema', () => {
    const db = openSqliteDatabase({ filename: ':memory:' });
    try {
      expect(db.memory).toBe(true);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    } finally {
      db.close();
    }
  });

  it('deletes a goal parent link with its goal (foreign key cascade)', () => {
    const db = openSqliteDatabase({ filename: ':memory:' });
    try {
      db.exec(`INSERT INTO goals VALUES ('t', 'g', 'o', 'team', 'p', 'active', 'c', 1, '{}');
        INSERT INTO goal_parents VALUES ('t', 'g', 'parent');
        DELETE FROM goals;`);
      expect(db.prepare('SELECT COUNT(*) FROM goal_parents').pluck().get()).toBe(0);
      expect(() => db.exec("INSERT INTO goal_parents VALUES ('t', 'missing', 'x')")).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      db.close();
    }
  });
});
