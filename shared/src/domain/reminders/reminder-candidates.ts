import { DAY_MS } from '../calendar.js';
import { formatDay } from '../reviews/review-phase.js';
import { addDays } from '../slots/zoned-time.js';
import { isStale } from '../status.js';
import type { LocalMoment } from './reminder-week.js';
import type { ReminderEvent, ReminderGoal, ReminderItem, ReminderKind } from './reminder-types.js';

/** What deciding one person's reminders needs besides the goal or event. */
export interface CandidateContext {
  now: Date;
  week: LocalMoment;
  staleDays: number;
  reviewLeadDays: number;
}

/** Which reminder goes first when not all can: deadlines, then news, then nudges. */
export const KIND_PRIORITY: Record<ReminderKind, number> = {
  review_step_due: 0,
  feedback_received: 1,
  kudos_received: 2,
  check_in_due: 3,
  stale: 4,
};

const TITLE_CHARACTERS = 80;

/** A goal title in quotes, cut to keep a feed entry short. */
function quoted(title: string): string {
  const points = Array.from(title.replace(/\s+/g, ' ').trim());
  const cut = points.length > TITLE_CHARACTERS;
  return `“${points.slice(0, cut ? TITLE_CHARACTERS - 1 : undefined).join('')}${cut ? '…' : ''}”`;
}

/**
 * The nudge an active goal's owner gets: `stale` after more than `staleDays` without a check-in,
 * else `check_in_due` once the goal's cadence has passed; null when neither. One per goal per
 * week, whichever kind (the key is the goal's and the week's).
 */
export function goalReminder(goal: ReminderGoal, context: CandidateContext): ReminderItem | null {
  if (goal.state !== 'active') return null;
  const stale = isStale(goal, context.now, context.staleDays);
  if (!stale && !isStale(goal, context.now, goal.cadenceDays)) return null;
  const since = Date.parse(goal.lastCheckInAt ?? goal.createdAt);
  const days = Math.floor((context.now.getTime() - since) / DAY_MS);
  const title = quoted(goal.title);
  return {
    personId: goal.ownerId,
    kind: stale ? 'stale' : 'check_in_due',
    key: `goal:${goal.id}:${context.week.weekStart}`,
    goalId: goal.id,
    text: stale
      ? `${title} has had no check-in for ${days} days.`
      : `Time to check in on ${title}.`,
  };
}

/** The text of an event, or null when it is not to be announced yet (or any more). */
function eventText(event: ReminderEvent, context: CandidateContext): string | null {
  switch (event.kind) {
    case 'kudos_received':
      return `${event.fromName} gave you kudos for ${event.value}.`;
    case 'feedback_received':
      return `${event.fromName} sent you feedback.`;
    case 'review_step_due': {
      const { date } = context.week;
      const announced = addDays(event.dueDate, -context.reviewLeadDays) <= date;
      if (!announced || event.dueDate < date) return null;
      const when = event.dueDate === date ? 'today' : `on ${formatDay(event.dueDate)}`;
      return `${event.step} is due ${when}.`;
    }
  }
}

/** An event as a reminder for its person; null while a review step is not (or no longer) due. */
export function eventReminder(
  event: ReminderEvent,
  context: CandidateContext,
): ReminderItem | null {
  const text = eventText(event, context);
  if (text === null) return null;
  const goalId = event.kind === 'kudos_received' ? event.goalId : undefined;
  return {
    personId: event.personId,
    kind: event.kind,
    key: `${event.kind}:${event.id}`,
    ...(goalId === undefined ? {} : { goalId }),
    text,
  };
}

/** Orders reminders by {@link KIND_PRIORITY}, then by key, so every run picks the same ones. */
export function byPriority(a: ReminderItem, b: ReminderItem): number {
  return (
    KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
