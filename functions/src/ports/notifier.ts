import type { NotificationKind } from '@northstar/shared';

/** One notification for one person's activity feed. */
export interface Notification {
  tenantId: string;
  recipientId: string;
  /** What it is about; the manifest's activity type for it is `REMINDER_ACTIVITIES[kind]`. */
  kind: NotificationKind;
  /**
   * What is announced (a reminder's or a digest's key): the same recipient and key are the same
   * notification, so an adapter that can tell may drop a repeat.
   */
  key: string;
  /** Plain text (no markup): the feed's preview. */
  text: string;
  /** The values of the activity type's `templateText` parameters, by name. */
  parameters: Readonly<Record<string, string>>;
  /** The goal it is about: the link back into the tab opens it (else the tab's start). */
  goalId?: string;
  /** A digest's items, in plain text. */
  items?: readonly string[];
}

/**
 * What became of one notification. `skipped` is final and not an error: the recipient cannot
 * get it (the app is not installed for them, or they are unknown to the feed).
 */
export type NotifyOutcome = { status: 'sent' } | { status: 'skipped'; reason: string };

/**
 * Sends notifications to people: Microsoft Graph `sendActivityNotification` in production, a
 * FAKE recording adapter locally. Failures other than `skipped` are thrown as `DomainError`s
 * (`throttled`, `upstream_unavailable`, ...): nothing was delivered and a later try may succeed.
 */
export interface Notifier {
  send(notification: Notification): Promise<NotifyOutcome>;
}
