import type { NotificationKind } from '@northstar/shared';
import type {
  DocumentCollection,
  DocumentStore,
  StoredDocument,
} from '../../ports/document-store.js';
import { stableHash } from '../stable-id.js';

/**
 * The `notifications` collection holds three kinds of document, all partitioned by the person
 * they are for (`recipientId`), told apart by `kind`. Ids carry the person, so they are unique
 * in the whole tenant (a point read on the Cosmos test server resolves the tenant level only).
 */
interface PersonDocument extends StoredDocument {
  recipientId: string;
}

/** A notification the FAKE notifier recorded instead of sending: the tab's bell list. */
export interface StoredNotification extends PersonDocument {
  kind: 'notification';
  /** What it is about (`NotificationView.kind`). */
  about: NotificationKind;
  key: string;
  text: string;
  goalId?: string;
  items?: string[];
}

/**
 * What one person had in one of their local weeks (`ReminderHistory`): updated with the etag it
 * was read with, so two runs never both deliver the same key.
 */
export interface ReminderWeek extends PersonDocument {
  kind: 'reminderWeek';
  weekStart: string;
  sentCount: number;
  sentKeys: string[];
  /** When a run last delivered (or tried to deliver) anything to them. */
  lastSentAt?: string;
}

/** Kudos waiting to be announced to their receiver (an outbox written when they are given). */
export interface KudosAnnouncement extends PersonDocument {
  kind: 'kudosAnnouncement';
  kudosId: string;
  fromName: string;
  value: string;
  goalId?: string;
  /** When the kudos were given. */
  at: string;
  /** Set once a notification or a digest carried them. */
  announced: boolean;
}

/** Any document of the collection. */
export type NotificationsDocument = StoredNotification | ReminderWeek | KudosAnnouncement;

/**
 * The `notifications` collection, typed as holding `T`: read by id (each kind has its own id
 * prefix) or by a query filtered on `kind`.
 */
export function notificationsCollection<T extends NotificationsDocument = NotificationsDocument>(
  documents: DocumentStore,
): DocumentCollection<T> {
  return documents.collection<T>('notifications');
}

/** The id of the notification carrying `key` to `recipientId`: a repeat has the same id. */
export function notificationId(recipientId: string, key: string): string {
  return `note-${stableHash([recipientId, key], 32)}`;
}

/** The id of `recipientId`'s reminder week starting `weekStart`. */
export function reminderWeekId(recipientId: string, weekStart: string): string {
  return `week-${stableHash([recipientId, weekStart], 32)}`;
}

/** The id of the announcement of kudos `kudosId`. */
export function kudosAnnouncementId(kudosId: string): string {
  return `announce-${stableHash([kudosId], 32)}`;
}
