import type { GoalState } from '../../contracts/goal.js';
import type { Person, Weekday } from '../../contracts/person.js';

/** What a reminder is about. */
export type ReminderKind =
  'stale' | 'check_in_due' | 'kudos_received' | 'feedback_received' | 'review_step_due';

/**
 * Someone who may get reminders. Every local time (working hours, their week, the digest day) is
 * read in `workingHours.timeZone`, the person's own zone.
 */
export interface ReminderPerson extends Pick<Person, 'id' | 'workingHours'> {
  /** When they last changed anything in Northstar (a check-in, an edit); null if never. */
  lastUpdateAt: string | null;
}

/** A goal that may need a nudge; leave out goals that need none (done ones). */
export interface ReminderGoal {
  id: string;
  title: string;
  ownerId: string;
  state: GoalState;
  lastCheckInAt: string | null;
  createdAt: string;
  /** The owner should check in at least this often. */
  cadenceDays: number;
}

/** Something to tell a person that has not been announced yet. */
export type ReminderEvent =
  | {
      kind: 'kudos_received';
      id: string;
      personId: string;
      at: string;
      fromName: string;
      value: string;
      goalId?: string;
    }
  | { kind: 'feedback_received'; id: string; personId: string; at: string; fromName: string }
  | { kind: 'review_step_due'; id: string; personId: string; step: string; dueDate: string };

/** What one person has had in one of their local weeks (Monday to Sunday). */
export interface ReminderHistory {
  personId: string;
  /** The local Monday (`YYYY-MM-DD`) of the week counted; another week's history is ignored. */
  weekStart: string;
  /** Notifications sent that week, the digest not included. */
  sentCount: number;
  /** Keys of everything delivered that week, alone or in the digest (and the digest's own key). */
  sentKeys: readonly string[];
}

/** The tenant's rules for reminders. */
export interface ReminderSettings {
  /** At most this many notifications per person per local week; the rest go to the digest. */
  weeklyCap: number;
  /** A goal with no check-in for more than this many days gets a `stale` nudge. */
  staleDays: number;
  /** No goal nudges for someone who updated anything within this many hours. */
  skipIfUpdatedWithinHours: number;
  /** The digest goes out from this day (or the person's last working day, if earlier). Friday. */
  digestDay?: Weekday;
  /** A review step is announced from this many days before it is due. 3. */
  reviewLeadDays?: number;
  /** At most this many notifications per person per run, so they trickle in. 1. */
  maxPerRun?: number;
}

/** What {@link planReminders} reads. */
export interface ReminderInput {
  now: Date;
  people: readonly ReminderPerson[];
  goals: readonly ReminderGoal[];
  /** Unannounced events; stop passing one once a notification or digest carried its key. */
  events: readonly ReminderEvent[];
  history: readonly ReminderHistory[];
  settings: ReminderSettings;
}

/** One reminder for one person. */
export interface ReminderItem {
  personId: string;
  kind: ReminderKind;
  /** Stable across runs: record it once delivered, and it is never delivered again that week. */
  key: string;
  goalId?: string;
  /** Plain text (no markup), for the activity feed. */
  text: string;
}

/** The weekly summary of what did not fit under the cap. Not counted against the cap. */
export interface ReminderDigest {
  personId: string;
  key: string;
  items: ReminderItem[];
  text: string;
}

/** What to do now. */
export interface ReminderPlan {
  /** Send these now. */
  notifications: ReminderItem[];
  /** Due, but over the weekly cap: held for the digest (nothing to record). */
  deferred: ReminderItem[];
  /** Send these now: it is the person's digest moment. */
  digests: ReminderDigest[];
  /** People left out because the runtime does not know their time zone. */
  unknownTimeZones: string[];
}
