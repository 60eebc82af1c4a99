import type Database from 'better-sqlite3';

/** Prepared statements of one repository, each prepared once per distinct SQL text. */
export class StatementCache {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  /** The prepared statement for `sql`, preparing it on first use. */
  get(sql: string): Database.Statement {
    const cached = this.#statements.get(sql);
    if (cached !== undefined) return cached;
    const statement = this.#db.prepare(sql);
    this.#statements.set(sql, statement);
    return statement;
  }
}
