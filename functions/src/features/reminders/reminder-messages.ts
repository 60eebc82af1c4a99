import type { ReminderDigest, ReminderItem } from '@northstar/shared';
import { formatDay } from '@northstar/shared';
import type { Notification } from '../../ports/notifier.js';
import type { GatheredReminders } from './reminder-input.js';

const DAY_MS = 86_400_000;
/** Longest goal title a template parameter carries: the feed line stays short. */
const TITLE_CHARACTERS = 80;

function shortTitle(title: string): string {
  const points = Array.from(title.replace(/\s+/g, ' ').trim());
  return points.length <= TITLE_CHARACTERS
    ? points.join('')
    : `${points.slice(0, TITLE_CHARACTERS - 1).join('')}…`;
}

/**
 * The template parameters of `item` (`REMINDER_ACTIVITIES`), read from what the plan was made
 * from: the goal for goal nudges, the event for the rest.
 * @throws Error when the plan names a goal or event the gathering did not have.
 */
function parametersOf(
  item: ReminderItem,
  gathered: GatheredReminders,
  now: Date,
): Record<string, string> {
  if (item.kind === 'stale' || item.kind === 'check_in_due') {
    const goal = item.goalId === undefined ? undefined : gathered.goals.get(item.goalId);
    if (!goal) throw new Error(`Reminder ${item.key} names no known goal`);
    const since = Date.parse(goal.lastCheckInAt ?? goal.createdAt);
    const days = String(Math.floor((now.getTime() - since) / DAY_MS));
    const goalTitle = shortTitle(goal.title);
    return item.kind === 'stale' ? { goalTitle, days } : { goalTitle };
  }
  const event = gathered.events.get(item.key);
  switch (event?.kind) {
    case 'kudos_received':
      return { fromName: event.fromName, value: event.value };
    case 'feedback_received':
      return { fromName: event.fromName };
    case 'review_step_due':
      return { step: event.step, dueDate: formatDay(event.dueDate) };
    case undefined:
      throw new Error(`Reminder ${item.key} names no known event`);
  }
}

/** The notification that delivers `item` in `tenantId`. */
export function reminderNotification(
  item: ReminderItem,
  gathered: GatheredReminders,
  tenantId: string,
): Notification {
  const { personId, kind, key, text, goalId } = item;
  return {
    tenantId,
    recipientId: personId,
    kind,
    key,
    text,
    parameters: parametersOf(item, gathered, gathered.input.now),
    ...(goalId === undefined ? {} : { goalId }),
  };
}

/** The notification that delivers a weekly digest in `tenantId`. */
export function digestNotification(digest: ReminderDigest, tenantId: string): Notification {
  return {
    tenantId,
    recipientId: digest.personId,
    kind: 'digest',
    key: digest.key,
    text: digest.text,
    parameters: { count: String(digest.items.length) },
    items: digest.items.map((item) => item.text),
  };
}
