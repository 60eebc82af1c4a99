import { z } from 'zod';
import { IdSchema, InstantSchema, PageQuerySchema } from './common.js';

/** What a notification is about: a reminder kind, or the weekly digest of what went over the cap. */
export const NotificationKindSchema = z.enum([
  'stale',
  'check_in_due',
  'kudos_received',
  'feedback_received',
  'review_step_due',
  'digest',
]);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** One notification as its recipient sees it in the tab (dev mode's bell list). */
export const NotificationViewSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  /** Plain text, as the activity feed shows it. */
  text: z.string(),
  /** The goal it is about, when there is one the recipient may see. */
  goalId: IdSchema.optional(),
  /** A digest's items, in plain text. */
  items: z.array(z.string()).optional(),
  createdAt: InstantSchema,
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

/** `GET /api/notifications?limit=&cursor=`: the caller's own, newest first. */
export const NotificationQuerySchema = PageQuerySchema;
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>;

const CountSchema = z.number().int().min(0);

/** What one reminder run did for one tenant (`POST /api/dev/reminders/run`, the timer's log). */
export const ReminderRunSummarySchema = z.object({
  /** People with something that could be due: owners of active goals and event recipients. */
  considered: CountSchema,
  /** Notifications delivered now (digests not included). */
  sent: CountSchema,
  /** Weekly digests delivered now. */
  digests: CountSchema,
  /** Due but over the weekly cap: held for the digest. */
  deferred: CountSchema,
  /** Not delivered for good this week, e.g. the app is not installed for the recipient. */
  skipped: CountSchema,
  /** Sends that failed; what they carried is tried again by a later run. */
  failures: CountSchema,
  /** Considered people outside their working hours now: planned again by a later run. */
  outsideWorkingHours: CountSchema,
  /** Considered people whose time zone this runtime does not know. */
  unknownTimeZones: CountSchema,
});
export type ReminderRunSummary = z.infer<typeof ReminderRunSummarySchema>;
