import type { Page } from '@northstar/shared';
import type { PageRequest } from './goal-repository.js';

/** The fields every stored document has; `etag` is the store's version (Cosmos `_etag`). */
export interface StoredDocument {
  id: string;
  tenantId: string;
  etag: string;
  createdAt: string;
  updatedAt: string;
}

/** A value an equality filter compares a top-level field with. */
export type DocumentFieldValue = string | number | boolean;

/** What `query` selects within one tenant; every condition is ANDed. */
export interface DocumentFilter {
  /** One partition only (e.g. one cycle's reviews); `''` for a tenant-only collection. */
  partition?: string;
  /** Top-level field equals value. Field names must match /^[A-Za-z][A-Za-z0-9]*$/. */
  where?: Record<string, DocumentFieldValue>;
  /** Pages in `(createdAt, id)` descending order instead of ascending (e.g. kudos received). */
  newestFirst?: boolean;
}

/**
 * The collections and the field that is the second level of their partition key (DESIGN section
 * 5); `null` means keyed by tenant alone, where the partition argument is always `''`.
 */
export const DOCUMENT_COLLECTIONS = {
  cycles: { partitionField: null },
  reviews: { partitionField: 'cycleId' },
  meetings: { partitionField: 'organizerId' },
  audit: { partitionField: 'subjectId' },
  feedback: { partitionField: 'recipientId' },
  /** Notifications (recorded by the FAKE notifier), reminder history and kudos to announce. */
  notifications: { partitionField: 'recipientId' },
  /** Chat messages kept as evidence on a goal ("Save as evidence"). */
  evidence: { partitionField: 'goalId' },
} as const satisfies Record<string, { partitionField: string | null }>;

/** The name of a document collection. */
export type DocumentCollectionName = keyof typeof DOCUMENT_COLLECTIONS;

/**
 * The documents of one collection. Every method is scoped to a tenant and never reads or
 * changes another tenant's documents. Errors are `DomainError`s: `conflict` (create of an id
 * that exists in that tenant and partition), `not_found` and `precondition_failed` (replace),
 * `validation` (a bad field name, partition value, limit or cursor).
 */
export interface DocumentCollection<T extends StoredDocument> {
  /** Point read by tenant, partition value (`''` for a tenant-only collection) and id. */
  get(tenantId: string, partition: string, id: string): Promise<T | null>;
  /** Stores a new document; the returned copy carries the store's etag. */
  create(doc: Omit<T, 'etag'>): Promise<T>;
  /** Replaces the document only if its stored etag is still `expectedEtag`. */
  replace(doc: Omit<T, 'etag'>, expectedEtag: string): Promise<T>;
  /**
   * One page ordered by `createdAt`, then `id` (descending with `filter.newestFirst`); the
   * cursor is opaque and only means something to a query in the same order.
   */
  query(tenantId: string, filter: DocumentFilter, page: PageRequest): Promise<Page<T>>;
}

/** Every document collection of one store. */
export interface DocumentStore {
  collection<T extends StoredDocument>(name: DocumentCollectionName): DocumentCollection<T>;
}
