import type {
  DocumentCollectionName,
  StoredDocument,
} from '../../functions/src/ports/document-store.js';

/** A test document: the stored fields plus a few typed fields to filter on. */
export interface TestDocument extends StoredDocument {
  cycleId?: string;
  organizerId?: string;
  subjectId?: string;
  recipientId?: string;
  goalId?: string;
  title: string;
  status: string;
  score: number;
  signedOff: boolean;
}

/** A document as `create` and `replace` take it. */
export type NewTestDocument = Omit<TestDocument, 'etag'>;

const BASE_TIME = Date.parse('2026-02-02T09:00:00.000Z');

/** Every collection with its partition field and a value of it (`''` for tenant-only). */
export const COLLECTIONS: [DocumentCollectionName, keyof TestDocument | null, string][] = [
  ['cycles', null, ''],
  ['reviews', 'cycleId', 'cycle-2026'],
  ['meetings', 'organizerId', 'user-7'],
  ['audit', 'subjectId', 'goal-9'],
  ['feedback', 'recipientId', 'person-3'],
  ['notifications', 'recipientId', 'person-4'],
  ['evidence', 'goalId', 'goal-5'],
];

/**
 * Builds documents of one tenant for a collection. Each call gets the next id (`d-001`, ...)
 * and a `createdAt` one minute later, so creation order is page order unless overridden.
 */
export function documentFactory(
  tenantId: string,
  partitionField: keyof TestDocument | null,
  partition: string,
): (overrides?: Partial<NewTestDocument>) => NewTestDocument {
  let sequence = 0;
  return (overrides = {}) => {
    sequence += 1;
    const createdAt = new Date(BASE_TIME + sequence * 60_000).toISOString();
    return {
      id: `d-${String(sequence).padStart(3, '0')}`,
      tenantId,
      ...(partitionField === null ? {} : { [partitionField]: partition }),
      title: `Document ${String(sequence)}`,
      status: 'draft',
      score: 3,
      signedOff: false,
      createdAt,
      updatedAt: createdAt,
      ...overrides,
    };
  };
}

/** Orders documents as a page does: `createdAt`, then `id`. */
export function inPageOrder<T extends { createdAt: string; id: string }>(docs: T[]): T[] {
  return [...docs].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
  );
}
