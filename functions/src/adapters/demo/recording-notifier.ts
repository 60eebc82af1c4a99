import type { Clock } from '../../ports/clock.js';
import type { DocumentStore } from '../../ports/document-store.js';
import { isDomainError } from '../../ports/errors.js';
import type { Notification, Notifier, NotifyOutcome } from '../../ports/notifier.js';
import {
  notificationId,
  notificationsCollection,
  type StoredNotification,
} from '../../features/notifications/notification-documents.js';

/**
 * FAKE notifier for local runs and tests: instead of sending anything, it records each
 * notification in the `notifications` collection (partition: the recipient), where the tab's
 * bell list in dev mode reads them (`GET /api/notifications`). The same recipient and key are
 * recorded once: a repeat is answered `sent` and stores nothing.
 */
export class RecordingNotifier implements Notifier {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  async send(notification: Notification): Promise<NotifyOutcome> {
    const { tenantId, recipientId, kind, key, text, goalId, items } = notification;
    const at = this.clock.now().toISOString();
    const doc: Omit<StoredNotification, 'etag'> = {
      id: notificationId(recipientId, key),
      tenantId,
      recipientId,
      kind: 'notification',
      about: kind,
      key,
      text,
      ...(goalId === undefined ? {} : { goalId }),
      ...(items === undefined ? {} : { items: [...items] }),
      createdAt: at,
      updatedAt: at,
    };
    try {
      await notificationsCollection<StoredNotification>(this.documents).create(doc);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'conflict') throw error;
    }
    return { status: 'sent' };
  }
}
