import { goalUrl } from '../../bot/goal-link.js';
import { isDomainError } from '../../ports/errors.js';
import type { Notification, Notifier, NotifyOutcome } from '../../ports/notifier.js';
import { REMINDER_ACTIVITIES } from '../../package/reminder-activities.js';
import type { GraphClientFor } from './graph-client.js';

/** Where a notification leads back to. */
export interface GraphNotifierOptions {
  /** The Teams app's id (the manifest's `id`, `TEAMS_APP_ID`): deep links name it. */
  teamsAppId: string;
  /** The tab's origin, `https://<APP_DOMAIN>`: the deep link's web fallback. */
  appOrigin: string;
  /** The personal tab's `entityId` in the manifest. */
  tabEntityId?: string;
}

/** What Teams shows of `previewText` (the rest is cut off). */
const PREVIEW_CHARACTERS = 150;

/** The body of `POST /users/{id}/teamwork/sendActivityNotification`. */
export interface ActivityNotificationBody {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
}

/**
 * A Teams deep link to the personal tab; with a goal, its id travels as `subEntityId`, which the
 * tab reads as `page.subPageId` and opens. Outside Teams, `webUrl` is where it goes.
 */
export function tabDeepLink(options: GraphNotifierOptions, goalId?: string): string {
  const entityId = options.tabEntityId ?? 'goals';
  const web = goalId === undefined ? `${options.appOrigin}/` : goalUrl(options.appOrigin, goalId);
  const query = new URLSearchParams({ webUrl: web, label: 'Northstar' });
  if (goalId !== undefined) query.set('context', JSON.stringify({ subEntityId: goalId }));
  const path = `${encodeURIComponent(options.teamsAppId)}/${encodeURIComponent(entityId)}`;
  return `https://teams.microsoft.com/l/entity/${path}?${query.toString()}`;
}

/**
 * The request body for `notification`: the manifest's activity type for its kind and exactly the
 * template parameters that type's `templateText` names (a missing one is a programming error).
 */
export function activityNotificationBody(
  notification: Notification,
  options: GraphNotifierOptions,
): ActivityNotificationBody {
  const activity = REMINDER_ACTIVITIES[notification.kind];
  const templateParameters = activity.parameters.map((name) => {
    const value = notification.parameters[name];
    if (value === undefined) throw new Error(`${activity.type} needs the parameter ${name}`);
    return { name, value };
  });
  return {
    topic: {
      source: 'text',
      value: 'Northstar',
      webUrl: tabDeepLink(options, notification.goalId),
    },
    activityType: activity.type,
    previewText: { content: Array.from(notification.text).slice(0, PREVIEW_CHARACTERS).join('') },
    templateParameters,
  };
}

/**
 * Notifications in each recipient's Teams activity feed through Microsoft Graph
 * (`sendActivityNotification`, application permission `TeamsActivity.Send`), on clients from
 * `clientFor` (app-only for the tenant). Graph's 403 (the app is not installed for the
 * recipient, or the permission lacks consent) and 404 (no such user) are `skipped`, not errors;
 * 429 and 5xx are retried by the client and then thrown.
 */
export class GraphNotifier implements Notifier {
  constructor(
    private readonly clientFor: GraphClientFor,
    private readonly options: GraphNotifierOptions,
  ) {}

  async send(notification: Notification): Promise<NotifyOutcome> {
    const body = activityNotificationBody(notification, this.options);
    const path = `/users/${encodeURIComponent(notification.recipientId)}/teamwork/sendActivityNotification`;
    try {
      await this.clientFor(notification.tenantId).post(path, body);
      return { status: 'sent' };
    } catch (error) {
      if (isDomainError(error) && error.code === 'forbidden') {
        return { status: 'skipped', reason: 'Northstar is not installed for them in Teams' };
      }
      if (isDomainError(error) && error.code === 'not_found') {
        return { status: 'skipped', reason: 'Teams does not know them' };
      }
      throw error;
    }
  }
}
