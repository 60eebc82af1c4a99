import type { ChangedGoal, OneOnOne, OneOnOneSeries, PrivateNote } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import type { DocumentCollection } from '../../ports/document-store.js';
import type { GoalRepository } from '../../ports/goal-repository.js';
import type { GoalSnapshots } from '../goals/goal-snapshots.js';
import type { AuditDeps, AuditEntry } from '../reviews/review-deps.js';

/**
 * The fields every 1:1 document adds in the `meetings` collection: `organizerId` is the
 * partition (the manager for series and meetings, the author for a private note) and `kind`
 * tells the three document shapes apart.
 */
interface MeetingsFields {
  organizerId: string;
  kind: 'one-on-one-series' | 'one-on-one' | 'one-on-one-private-note';
}

/** A series as stored. */
export type StoredSeries = OneOnOneSeries & MeetingsFields;
/** A 1:1 as stored. */
export type StoredOneOnOne = OneOnOne & MeetingsFields & { changedGoals: ChangedGoal[] };
/** A private note as stored, in its author's partition. */
export type StoredPrivateNote = PrivateNote & MeetingsFields & { seriesId: string };

/** What the 1:1 services use; every change to a series or a 1:1 goes to the audit trail. */
export interface OneOnOneDeps extends AuditDeps {
  series: DocumentCollection<StoredSeries>;
  oneOnOnes: DocumentCollection<StoredOneOnOne>;
  notes: DocumentCollection<StoredPrivateNote>;
  goals: GoalRepository;
  snapshots: GoalSnapshots;
  directory: Directory;
  clock: Clock;
}

/** The 1:1 services' dependencies out of the app's. */
export function oneOnOneDepsOf(app: AppServices): OneOnOneDeps {
  const { documents } = app.stores;
  return {
    series: documents.collection<StoredSeries>('meetings'),
    oneOnOnes: documents.collection<StoredOneOnOne>('meetings'),
    notes: documents.collection<StoredPrivateNote>('meetings'),
    audit: documents.collection<AuditEntry>('audit'),
    goals: app.stores.goals,
    snapshots: app.snapshots,
    directory: app.directory,
    clock: app.clock,
  };
}
