import type { NotificationView, Page, PageQuery } from '@northstar/shared';
import type { DocumentStore } from '../../ports/document-store.js';
import { notificationsCollection, type StoredNotification } from './notification-documents.js';

/** A recorded notification as its recipient sees it. */
export function notificationView(doc: StoredNotification): NotificationView {
  const { id, about, text, goalId, items, createdAt } = doc;
  return {
    id,
    kind: about,
    text,
    ...(goalId === undefined ? {} : { goalId }),
    ...(items === undefined ? {} : { items }),
    createdAt,
  };
}

/**
 * One page of the notifications recorded for `recipientId` in `tenantId`, newest first: a
 * single-partition query of that person's own documents, so no one else's can appear.
 */
export async function listNotifications(
  documents: DocumentStore,
  tenantId: string,
  recipientId: string,
  page: PageQuery,
): Promise<Page<NotificationView>> {
  const found = await notificationsCollection<StoredNotification>(documents).query(
    tenantId,
    { partition: recipientId, where: { kind: 'notification' }, newestFirst: true },
    { limit: page.limit, ...(page.cursor === undefined ? {} : { cursor: page.cursor }) },
  );
  const items = found.items.map(notificationView);
  return found.nextCursor === undefined ? { items } : { items, nextCursor: found.nextCursor };
}
