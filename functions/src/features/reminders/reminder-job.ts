import type { ReminderPlan, ReminderRunSummary } from '@northstar/shared';
import { planReminders } from '@northstar/shared';
import { isDomainError } from '../../ports/errors.js';
import type { Notification } from '../../ports/notifier.js';
import type { KudosAnnouncement } from '../notifications/notification-documents.js';
import { markAnnounced } from './kudos-announcements.js';
import type { ReminderDeps } from './reminder-deps.js';
import { claimWeek, releaseClaim, type Claim } from './reminder-history.js';
import { gatherReminders, type GatheredReminders } from './reminder-input.js';
import { digestNotification, reminderNotification } from './reminder-messages.js';

/** One notification to deliver, with the keys it carries and whether it counts against the cap. */
interface Message {
  notification: Notification;
  keys: string[];
  counted: boolean;
}

/** Everything one person gets in this run. */
interface PersonDelivery {
  personId: string;
  messages: Message[];
}

function deliveriesOf(plan: ReminderPlan, gathered: GatheredReminders, tenantId: string) {
  const byPerson = new Map<string, Message[]>();
  const add = (personId: string, message: Message) =>
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), message]);
  for (const item of plan.notifications) {
    const notification = reminderNotification(item, gathered, tenantId);
    add(item.personId, { notification, keys: [item.key], counted: true });
  }
  for (const digest of plan.digests) {
    const keys = [digest.key, ...digest.items.map((item) => item.key)];
    add(digest.personId, {
      notification: digestNotification(digest, tenantId),
      keys,
      counted: false,
    });
  }
  return [...byPerson].map(([personId, messages]): PersonDelivery => ({ personId, messages }));
}

function claimOf(messages: readonly Message[]): Claim {
  return {
    keys: messages.flatMap((m) => m.keys),
    counted: messages.filter((m) => m.counted).length,
  };
}

/** What delivering to one person did; `stop` when the notifier is throttling the run. */
interface PersonResult {
  sent: number;
  digests: number;
  skipped: number;
  failures: number;
  stop: boolean;
}

/**
 * Delivers one person's messages: claims their keys in the week first (nothing is sent when
 * another run claimed first), sends each, marks the kudos they carried announced, and gives
 * back the keys of any send that failed so a later run tries again.
 */
async function deliver(
  deps: ReminderDeps,
  gathered: GatheredReminders,
  delivery: PersonDelivery,
  at: string,
): Promise<PersonResult> {
  const result: PersonResult = { sent: 0, digests: 0, skipped: 0, failures: 0, stop: false };
  const week = gathered.weeks.get(delivery.personId);
  if (!week) return result;
  const claimed = await claimWeek(deps.documents, week, claimOf(delivery.messages), at);
  if (!claimed) return result;
  const failed: Message[] = [];
  const delivered: KudosAnnouncement[] = [];
  for (const message of delivery.messages) {
    if (result.stop) {
      failed.push(message);
      continue;
    }
    try {
      const outcome = await deps.notifier.send(message.notification);
      if (outcome.status === 'skipped') result.skipped += 1;
      else if (message.counted) result.sent += 1;
      else result.digests += 1;
      delivered.push(...message.keys.flatMap((key) => gathered.announcements.get(key) ?? []));
    } catch (error) {
      result.failures += 1;
      result.stop = isDomainError(error) && error.code === 'throttled';
      failed.push(message);
    }
  }
  if (failed.length > 0) await releaseClaim(deps.documents, claimed, claimOf(failed), at);
  await markAnnounced(deps.documents, delivered, at);
  return result;
}

/**
 * One reminder run for one tenant at the clock's now: gathers the planner's input, plans
 * (`planReminders`), delivers through the notifier and records each person's week. Safe to
 * repeat and to run concurrently: every key is claimed in the person's week, with the version
 * the plan was read from, before it is sent, so no key goes out twice in a week. A throttled
 * notifier ends the run early; what was not sent is planned again by the next run.
 */
export async function runReminders(
  deps: ReminderDeps,
  tenantId: string,
): Promise<ReminderRunSummary> {
  const now = deps.clock.now();
  const gathered = await gatherReminders(deps, tenantId, now);
  const plan = planReminders(gathered.input);
  const summary: ReminderRunSummary = {
    considered: gathered.considered,
    sent: 0,
    digests: 0,
    deferred: plan.deferred.length,
    skipped: 0,
    failures: 0,
    outsideWorkingHours: gathered.outsideWorkingHours,
    unknownTimeZones: plan.unknownTimeZones.length,
  };
  for (const delivery of deliveriesOf(plan, gathered, tenantId)) {
    const result = await deliver(deps, gathered, delivery, now.toISOString());
    summary.sent += result.sent;
    summary.digests += result.digests;
    summary.skipped += result.skipped;
    summary.failures += result.failures;
    if (result.stop) break;
  }
  return summary;
}
