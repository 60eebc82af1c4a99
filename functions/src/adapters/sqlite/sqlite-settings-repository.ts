import type Database from 'better-sqlite3';
import type { TenantSettings } from '@northstar/shared';
import type { SettingsRepository } from '../../ports/settings-repository.js';
import { asPromise } from './as-promise.js';
import { StatementCache } from './statement-cache.js';

const SQL = {
  get: 'SELECT doc FROM settings WHERE tenant_id = ?',
  put: `INSERT INTO settings (tenant_id, doc) VALUES (?, ?)
    ON CONFLICT (tenant_id) DO UPDATE SET doc = excluded.doc`,
} as const;

/** Tenant settings in SQLite: one row per tenant. */
export class SqliteSettingsRepository implements SettingsRepository {
  readonly #statements: StatementCache;

  constructor(db: Database.Database) {
    this.#statements = new StatementCache(db);
  }

  get(tenantId: string): Promise<TenantSettings | null> {
    return asPromise(() => {
      const doc = this.#statements.get(SQL.get).pluck().get(tenantId) as string | undefined;
      return doc === undefined ? null : (JSON.parse(doc) as TenantSettings);
    });
  }

  put(settings: TenantSettings): Promise<TenantSettings> {
    return asPromise(() => {
      this.#statements.get(SQL.put).run(settings.tenantId, JSON.stringify(settings));
      return settings;
    });
  }
}
