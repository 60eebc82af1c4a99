import type { Review, ReviewCycle } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import type { DocumentCollection, StoredDocument } from '../../ports/document-store.js';

/** One line of the audit trail: who did what to which subject, and when. */
export interface AuditEntry extends StoredDocument {
  /** The partition: the review's or the cycle's id. */
  subjectId: string;
  subjectKind: 'cycle' | 'review';
  actorId: string;
  action: string;
  at: string;
}

/** What the review and cycle services use. */
export interface ReviewDeps {
  cycles: DocumentCollection<ReviewCycle>;
  reviews: DocumentCollection<Review>;
  audit: DocumentCollection<AuditEntry>;
  directory: Directory;
  clock: Clock;
}

/** The review services' dependencies out of the app's. */
export function reviewDepsOf(app: AppServices): ReviewDeps {
  const { documents } = app.stores;
  return {
    cycles: documents.collection<ReviewCycle>('cycles'),
    reviews: documents.collection<Review>('reviews'),
    audit: documents.collection<AuditEntry>('audit'),
    directory: app.directory,
    clock: app.clock,
  };
}
