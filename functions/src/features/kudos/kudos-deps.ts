import type { Kudos } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import type { DocumentCollection } from '../../ports/document-store.js';
import type { GoalRepository } from '../../ports/goal-repository.js';
import { kudosAnnouncer, type KudosAnnouncer } from '../reminders/kudos-announcements.js';

/**
 * Kudos as stored in the `feedback` collection: the receiver is the partition (`recipientId`,
 * DESIGN section 5) and `kind` tells kudos apart from the feedback and requests stored there.
 */
export type StoredKudos = Kudos & {
  kind: 'kudos';
  recipientId: string;
  updatedAt: string;
  etag: string;
};

/** What the kudos service uses. */
export interface KudosDeps {
  feedback: DocumentCollection<StoredKudos>;
  goals: GoalRepository;
  directory: Directory;
  clock: Clock;
  /** Queues stored kudos to be announced to their receiver (the reminder job sends it). */
  announce?: KudosAnnouncer;
}

/** The kudos service's dependencies out of the app's (for routes and the bot). */
export function kudosDepsOf(app: AppServices): KudosDeps {
  return {
    feedback: app.stores.documents.collection<StoredKudos>('feedback'),
    goals: app.stores.goals,
    directory: app.directory,
    clock: app.clock,
    announce: kudosAnnouncer(app.stores.documents),
  };
}

/** The document that stores `kudos`. */
export function kudosDocument(kudos: Kudos): Omit<StoredKudos, 'etag'> {
  return { ...kudos, kind: 'kudos', recipientId: kudos.receiverId, updatedAt: kudos.createdAt };
}

/** The kudos a stored document holds, without the store's fields. */
export function kudosOf(stored: StoredKudos): Kudos {
  const { id, tenantId, giverId, receiverId, value, message, goalId, messageLink, createdAt } =
    stored;
  return {
    id,
    tenantId,
    giverId,
    receiverId,
    value,
    message,
    ...(goalId === undefined ? {} : { goalId }),
    ...(messageLink === undefined ? {} : { messageLink }),
    createdAt,
  };
}
