import type Database from 'better-sqlite3';

/** One schema step; steps run in order and each runs once per database. */
export interface Migration {
  description: string;
  sql: string;
}

/**
 * The schema, as an append-only list: never edit a step that has shipped, add a new one.
 * `PRAGMA user_version` records how many steps a database has run.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    description: 'goals, their parent links, check-ins and tenant settings',
    sql: `
      CREATE TABLE goals (
        tenant_id TEXT NOT NULL,
        id TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        level TEXT NOT NULL,
        period_id TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX goals_by_created ON goals (tenant_id, created_at, id);
      CREATE INDEX goals_by_owner ON goals (tenant_id, owner_id, created_at, id);
      CREATE INDEX goals_by_period ON goals (tenant_id, period_id, created_at, id);
      CREATE INDEX goals_by_level ON goals (tenant_id, level, created_at, id);

      CREATE TABLE goal_parents (
        tenant_id TEXT NOT NULL,
        goal_id TEXT NOT NULL,
        parent_id TEXT NOT NULL,
        PRIMARY KEY (tenant_id, goal_id, parent_id),
        FOREIGN KEY (tenant_id, goal_id) REFERENCES goals (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX goal_parents_by_parent ON goal_parents (tenant_id, parent_id, goal_id);

      CREATE TABLE checkins (
        tenant_id TEXT NOT NULL,
        goal_id TEXT NOT NULL,
        id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (tenant_id, goal_id, id)
      );
      CREATE INDEX checkins_by_goal ON checkins (tenant_id, goal_id, created_at, id);

      CREATE TABLE settings (
        tenant_id TEXT NOT NULL PRIMARY KEY,
        doc TEXT NOT NULL
      );
    `,
  },
  {
    description: 'documents of the generic document collections (cycles, reviews, meetings, audit)',
    sql: `
      CREATE TABLE documents (
        collection TEXT NOT NULL,
        tenant_id TEXT NOT NULL,
        partition TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (collection, tenant_id, partition, id)
      );
      CREATE INDEX documents_by_created ON documents (collection, tenant_id, created_at, id);
      CREATE INDEX documents_by_partition
        ON documents (collection, tenant_id, partition, created_at, id);
    `,
  },
];

/**
 * Brings the database up to the last step of `migrations`: the version check and all pending
 * steps run in one immediate transaction, so a failing step leaves the database as it was and two
 * processes opening the same file at once do not both migrate. Returns the schema version.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  return db
    .transaction(() => {
      const current = schemaVersion(db);
      if (current > migrations.length) {
        throw new Error(
          `The database has schema version ${current}, newer than this build knows (${migrations.length}).`,
        );
      }
      for (const migration of migrations.slice(current)) db.exec(migration.sql);
      // PRAGMA takes no bound parameters; the value is an integer this code computed.
      if (current < migrations.length) db.pragma(`user_version = ${migrations.length}`);
      return migrations.length;
    })
    .immediate();
}

/** The number of migration steps the database has run (`PRAGMA user_version`). */
export function schemaVersion(db: Database.Database): number {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error('SQLite did not report a user_version.');
  return version;
}
