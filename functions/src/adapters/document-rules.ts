import { DomainError } from '../ports/errors.js';
import {
  DOCUMENT_COLLECTIONS,
  type DocumentCollectionName,
  type DocumentFieldValue,
} from '../ports/document-store.js';

/**
 * The only field names a filter may name. Both adapters put the name into query text (Cosmos SQL
 * has no parameter for a property name), so anything else is refused, never escaped.
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** One validated equality condition. */
export interface FieldEquality {
  field: string;
  value: DocumentFieldValue;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('validation', `The document filter is not valid: ${field} ${message}.`, {
    fieldErrors: [{ field, message }],
  });
}

/** The `where` conditions, each field name and value checked; `validation` on the first bad one. */
export function checkedWhere(where: Record<string, unknown> | undefined): FieldEquality[] {
  return Object.entries(where ?? {}).map(([field, value]) => {
    if (!FIELD_NAME.test(field)) throw invalid('where', 'names a field that is not allowed');
    const type = typeof value;
    if (type !== 'string' && type !== 'boolean' && !(type === 'number' && Number.isFinite(value))) {
      throw invalid(`where.${field}`, 'must be a string, a finite number or a boolean');
    }
    return { field, value: value as DocumentFieldValue };
  });
}

/**
 * A partition argument checked against the collection: `''` for a tenant-only collection, a
 * non-empty string otherwise.
 */
export function checkedPartition(name: DocumentCollectionName, partition: string): string {
  const keyed = DOCUMENT_COLLECTIONS[name].partitionField !== null;
  if (keyed ? partition === '' : partition !== '') {
    throw invalid('partition', keyed ? `must name one ${name} partition` : 'must be empty');
  }
  return partition;
}

/** The partition value a document belongs to: its partition field, or `''` when there is none. */
export function partitionOfDocument(name: DocumentCollectionName, doc: object): string {
  const field = DOCUMENT_COLLECTIONS[name].partitionField;
  if (field === null) return '';
  const value: unknown = (doc as Record<string, unknown>)[field];
  if (typeof value !== 'string' || value === '') {
    throw invalid(field, 'must be a non-empty string: it is the partition key');
  }
  return value;
}

/** The collection name checked at run time (a caller in plain JavaScript may pass anything). */
export function checkedCollection(name: string): DocumentCollectionName {
  if (!Object.hasOwn(DOCUMENT_COLLECTIONS, name)) {
    throw new Error(`There is no document collection named "${name}".`);
  }
  return name as DocumentCollectionName;
}

/** The fields to store: the document without any `etag` a caller may have left on it. */
export function withoutEtag(doc: object): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...doc };
  delete fields.etag;
  return fields;
}
