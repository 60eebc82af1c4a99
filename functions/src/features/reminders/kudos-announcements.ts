import type { Goal, Kudos, ReminderEvent, TenantSettings } from '@northstar/shared';
import { canViewGoal } from '@northstar/shared';
import type { DocumentStore } from '../../ports/document-store.js';
import { isDomainError } from '../../ports/errors.js';
import {
  kudosAnnouncementId,
  notificationsCollection,
  type KudosAnnouncement,
} from '../notifications/notification-documents.js';
import { queryAll } from '../one-on-ones/series-service.js';

/** Records kudos to announce to their receiver; what the kudos service calls once they are stored. */
export type KudosAnnouncer = (kudos: Kudos, fromName: string) => Promise<void>;

/**
 * An announcer writing to the `notifications` outbox. Repeating it for the same kudos (a
 * retried request) keeps the one announcement.
 */
export function kudosAnnouncer(documents: DocumentStore): KudosAnnouncer {
  return async (kudos, fromName) => {
    const doc: Omit<KudosAnnouncement, 'etag'> = {
      id: kudosAnnouncementId(kudos.id),
      tenantId: kudos.tenantId,
      recipientId: kudos.receiverId,
      kind: 'kudosAnnouncement',
      kudosId: kudos.id,
      fromName,
      value: kudos.value,
      ...(kudos.goalId === undefined ? {} : { goalId: kudos.goalId }),
      at: kudos.createdAt,
      announced: false,
      createdAt: kudos.createdAt,
      updatedAt: kudos.createdAt,
    };
    try {
      await notificationsCollection<KudosAnnouncement>(documents).create(doc);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'conflict') throw error;
    }
  };
}

/** Every announcement of the tenant not yet carried by a notification or a digest. */
export async function pendingAnnouncements(
  documents: DocumentStore,
  tenantId: string,
): Promise<KudosAnnouncement[]> {
  const collection = notificationsCollection<KudosAnnouncement>(documents);
  const where = { kind: 'kudosAnnouncement', announced: false };
  return queryAll((page) => collection.query(tenantId, { where }, page));
}

/**
 * The reminder event of an announcement. The goal rides along only when the receiver may see it
 * without looking up the org chart (a company, team or public goal, their own, or as an admin),
 * so a notification never names a goal its reader may not open.
 */
export function kudosEvent(
  announcement: KudosAnnouncement,
  goals: ReadonlyMap<string, Goal>,
  settings: Pick<TenantSettings, 'adminIds'>,
): ReminderEvent {
  const { kudosId, recipientId, at, fromName, value, goalId } = announcement;
  const goal = goalId === undefined ? undefined : goals.get(goalId);
  const viewer = {
    id: recipientId,
    isAdmin: settings.adminIds.includes(recipientId),
    isManager: false,
  };
  const visible = goal !== undefined && goal.state === 'active' && canViewGoal(viewer, goal, []);
  return {
    kind: 'kudos_received',
    id: kudosId,
    personId: recipientId,
    at,
    fromName,
    value,
    ...(visible ? { goalId: goal.id } : {}),
  };
}

/** Marks announcements delivered; one another run marked first is left as it is. */
export async function markAnnounced(
  documents: DocumentStore,
  announcements: readonly KudosAnnouncement[],
  at: string,
): Promise<void> {
  const collection = notificationsCollection<KudosAnnouncement>(documents);
  for (const { etag, ...doc } of announcements) {
    try {
      await collection.replace({ ...doc, announced: true, updatedAt: at }, etag);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'precondition_failed') throw error;
    }
  }
}
