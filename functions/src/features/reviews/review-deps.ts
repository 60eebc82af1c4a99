import type { Review, ReviewCycle } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import type { DocumentCollection, StoredDocument } from '../../ports/document-store.js';
import { goalDepsOf, type GoalDeps } from '../goals/goal-deps.js';

/** What an audit entry is about; its id is the entry's partition (`subjectId`). */
export type AuditSubjectKind = 'cycle' | 'review' | 'one-on-one-series' | 'one-on-one';

/** One line of the audit trail: who did what to which subject, and when. */
export interface AuditEntry extends StoredDocument {
  /** The partition: the id of the review, cycle, 1:1 series or 1:1 that changed. */
  subjectId: string;
  subjectKind: AuditSubjectKind;
  actorId: string;
  action: string;
  at: string;
  /** The talking point or action item of a 1:1 that was added or changed. */
  itemId?: string;
  /** The fields an update changed (names only, never their values). */
  fields?: string[];
}

/** What writing audit entries needs. */
export interface AuditDeps {
  audit: DocumentCollection<AuditEntry>;
  clock: Clock;
}

/** What the review and cycle services use. */
export interface ReviewDeps extends AuditDeps {
  cycles: DocumentCollection<ReviewCycle>;
  reviews: DocumentCollection<Review>;
  directory: Directory;
  /** The goal reads, for a review's goals section. */
  goals: GoalDeps;
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
    goals: goalDepsOf(app),
  };
}
