import type { ReminderKind } from '@northstar/shared';

/** An activity feed notification type the manifest declares (`activities.activityTypes`). */
export interface ReminderActivity {
  /** The manifest's `activityType`, what Graph `sendActivityNotification` names. */
  readonly type: string;
  /** The `templateParameters` names its `templateText` uses, in no particular order. */
  readonly parameters: readonly string[];
}

/**
 * The manifest's activity type for each reminder kind and for the weekly digest, with the
 * template parameters a notifier must send. Reminders go out app-only from the timer, so the
 * `{actor}` Teams fills in would be the app itself: the person behind kudos or feedback is a
 * parameter (`fromName`) instead.
 */
export const REMINDER_ACTIVITIES = {
  stale: { type: 'goalStale', parameters: ['goalTitle', 'days'] },
  check_in_due: { type: 'checkInDue', parameters: ['goalTitle'] },
  kudos_received: { type: 'kudosReceived', parameters: ['fromName', 'value'] },
  feedback_received: { type: 'feedbackReceived', parameters: ['fromName'] },
  review_step_due: { type: 'reviewStepDue', parameters: ['step', 'dueDate'] },
  digest: { type: 'weeklyDigest', parameters: ['count'] },
} as const satisfies Record<ReminderKind | 'digest', ReminderActivity>;
