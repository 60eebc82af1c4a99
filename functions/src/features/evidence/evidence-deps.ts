import type { Evidence } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import type { DocumentCollection } from '../../ports/document-store.js';
import { goalDepsOf, type GoalDeps } from '../goals/goal-deps.js';

/**
 * Evidence as stored in the `evidence` collection, partitioned by goal. Removing evidence keeps
 * a `removed` document with its chat text, link and note blanked (the document store has no
 * delete): nothing a person wrote stays, and the same message can be saved again later.
 */
export type StoredEvidence = Evidence & {
  state: 'kept' | 'removed';
  updatedAt: string;
  etag: string;
};

/** What the evidence service uses. */
export interface EvidenceDeps {
  evidence: DocumentCollection<StoredEvidence>;
  goals: GoalDeps;
}

/** The evidence service's dependencies out of the app's (for routes and the bot). */
export function evidenceDepsOf(app: AppServices): EvidenceDeps {
  return {
    evidence: app.stores.documents.collection<StoredEvidence>('evidence'),
    goals: goalDepsOf(app),
  };
}

/** The document that keeps `evidence`. */
export function evidenceDocument(evidence: Evidence): Omit<StoredEvidence, 'etag'> {
  return { ...evidence, state: 'kept', updatedAt: evidence.createdAt };
}

/** What is left of removed evidence: its ids and who saved it when, none of the chat text. */
export function removedDocument(stored: StoredEvidence, at: string): Omit<StoredEvidence, 'etag'> {
  const { etag: _etag, ...kept } = stored;
  return {
    ...kept,
    state: 'removed',
    messageUrl: null,
    text: '',
    authorName: '',
    note: '',
    updatedAt: at,
  };
}

/** The evidence a stored document holds, without the store's fields. */
export function evidenceOf(stored: StoredEvidence): Evidence {
  const {
    id,
    tenantId,
    goalId,
    messageId,
    messageUrl,
    text,
    authorName,
    note,
    savedById,
    createdAt,
  } = stored;
  return {
    id,
    tenantId,
    goalId,
    messageId,
    messageUrl,
    text,
    authorName,
    note,
    savedById,
    createdAt,
  };
}
