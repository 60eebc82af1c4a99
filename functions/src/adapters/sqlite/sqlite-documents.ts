import type Database from 'better-sqlite3';
import type { Page } from '@northstar/shared';
import type {
  DocumentCollection,
  DocumentCollectionName,
  DocumentFilter,
  DocumentStore,
  StoredDocument,
} from '../../ports/document-store.js';
import { DomainError } from '../../ports/errors.js';
import type { PageRequest } from '../../ports/goal-repository.js';
import {
  checkedCollection,
  checkedPartition,
  checkedWhere,
  partitionOfDocument,
  withoutEtag,
} from '../document-rules.js';
import { decodeCursor, rowsToFetch, toPage } from '../keyset-cursor.js';
import { asPromise } from './as-promise.js';
import { documentPageQuery } from './sqlite-document-query.js';
import { StatementCache } from './statement-cache.js';

interface DocumentRow {
  version: number;
  doc: string;
}

const KEY =
  'collection = @collection AND tenant_id = @tenantId AND partition = @partition AND id = @id';
const SQL = {
  get: `SELECT version, doc FROM documents WHERE ${KEY}`,
  exists: `SELECT 1 FROM documents WHERE ${KEY}`,
  insert: `INSERT INTO documents (collection, tenant_id, partition, id, version, created_at, doc)
    VALUES (@collection, @tenantId, @partition, @id, 1, @createdAt, @doc) ON CONFLICT DO NOTHING`,
  update: `UPDATE documents SET version = version + 1, created_at = @createdAt, doc = @doc
    WHERE ${KEY} AND version = @version RETURNING version`,
} as const;

/**
 * Every document collection in the one `documents` table, keyed like the Cosmos containers:
 * collection, tenant, partition value (`''` for a tenant-only collection), id. `version` is the
 * etag, as a string.
 */
export function openSqliteDocuments(db: Database.Database): DocumentStore {
  const statements = new StatementCache(db);
  return {
    collection: <T extends StoredDocument>(name: DocumentCollectionName) =>
      new SqliteDocumentCollection<T>(db, statements, checkedCollection(name)),
  };
}

class SqliteDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  readonly #statements: StatementCache;
  readonly #name: DocumentCollectionName;
  readonly #replace: (doc: Omit<T, 'etag'>, expectedEtag: string) => T;

  constructor(db: Database.Database, statements: StatementCache, name: DocumentCollectionName) {
    this.#statements = statements;
    this.#name = name;
    this.#replace = db.transaction((doc: Omit<T, 'etag'>, etag: string) =>
      this.#replaceNow(doc, etag),
    );
  }

  get(tenantId: string, partition: string, id: string): Promise<T | null> {
    return asPromise(() => {
      const key = {
        collection: this.#name,
        tenantId,
        partition: checkedPartition(this.#name, partition),
        id,
      };
      const row = this.#statements.get(SQL.get).get(key) as DocumentRow | undefined;
      return row === undefined ? null : this.#toDocument(row);
    });
  }

  create(doc: Omit<T, 'etag'>): Promise<T> {
    return asPromise(() => {
      const params = this.#rowParams(doc);
      if (this.#statements.get(SQL.insert).run(params).changes === 0) {
        throw new DomainError('conflict', `${this.#subject(doc)} already exists.`);
      }
      return this.#toDocument({ version: 1, doc: params.doc });
    });
  }

  replace(doc: Omit<T, 'etag'>, expectedEtag: string): Promise<T> {
    return asPromise(() => this.#replace(doc, expectedEtag));
  }

  query(tenantId: string, filter: DocumentFilter, page: PageRequest): Promise<Page<T>> {
    return asPromise(() => {
      const partition = filter.partition;
      const query = documentPageQuery({
        collection: this.#name,
        tenantId,
        partition: partition === undefined ? undefined : checkedPartition(this.#name, partition),
        where: checkedWhere(filter.where),
        take: rowsToFetch(page.limit),
        after: decodeCursor(page.cursor),
        newestFirst: filter.newestFirst === true,
      });
      const rows = this.#statements.get(query.sql).all(query.params) as DocumentRow[];
      return toPage(
        rows.map((row) => this.#toDocument(row)),
        page.limit,
      );
    });
  }

  #replaceNow(doc: Omit<T, 'etag'>, expectedEtag: string): T {
    const params = this.#rowParams(doc);
    const updated = this.#statements
      .get(SQL.update)
      .get({ ...params, version: versionOf(expectedEtag) }) as { version: number } | undefined;
    if (updated !== undefined)
      return this.#toDocument({ version: updated.version, doc: params.doc });
    const { collection, tenantId, partition, id } = params;
    const exists = this.#statements.get(SQL.exists).get({ collection, tenantId, partition, id });
    throw exists === undefined
      ? new DomainError('not_found', `${this.#subject(doc)} does not exist.`)
      : new DomainError(
          'precondition_failed',
          `${this.#subject(doc)} was changed by someone else.`,
        );
  }

  #rowParams(doc: Omit<T, 'etag'>) {
    return {
      collection: this.#name,
      tenantId: doc.tenantId,
      partition: partitionOfDocument(this.#name, doc),
      id: doc.id,
      createdAt: doc.createdAt,
      doc: JSON.stringify(withoutEtag(doc)),
    };
  }

  #toDocument(row: DocumentRow): T {
    return { ...(JSON.parse(row.doc) as Omit<T, 'etag'>), etag: String(row.version) } as T;
  }

  #subject(doc: Omit<T, 'etag'>): string {
    return `Document ${doc.id} of ${this.#name}`;
  }
}

/** The version an etag names; -1 (matching no row) for a string that is not one of ours. */
function versionOf(etag: string): number {
  return /^[1-9][0-9]{0,14}$/.test(etag) ? Number(etag) : -1;
}
