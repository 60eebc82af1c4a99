import type { Resource } from '@azure/cosmos';
import type { Goal } from '@northstar/shared';

const SYSTEM_PROPERTIES = new Set(['_rid', '_self', '_ts', '_attachments', '_etag']);

/** A stored document as the application wrote it: the server's `_` properties removed. */
export function withoutSystemProperties<T extends object>(resource: T & Partial<Resource>): T {
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => !SYSTEM_PROPERTIES.has(key)),
  ) as T;
}

/** The goal document to store: every goal field except `etag`, which Cosmos keeps as `_etag`. */
export function goalToDocument(goal: Omit<Goal, 'etag'>): Omit<Goal, 'etag'> {
  const document: Partial<Goal> = { ...goal };
  delete document.etag;
  return document as Omit<Goal, 'etag'>;
}

/** The goal a stored document holds, with its `_etag` as `etag`. */
export function goalFromResource(resource: Omit<Goal, 'etag'> & Pick<Resource, '_etag'>): Goal {
  return { ...withoutSystemProperties(resource), etag: resource._etag };
}
