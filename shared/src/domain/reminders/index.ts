export { digestKey, planReminders, REMINDER_SETTING_DEFAULTS } from './plan-reminders.js';
export { KIND_PRIORITY } from './reminder-candidates.js';
export type {
  ReminderDigest,
  ReminderEvent,
  ReminderGoal,
  ReminderHistory,
  ReminderInput,
  ReminderItem,
  ReminderKind,
  ReminderPerson,
  ReminderPlan,
  ReminderSettings,
} from './reminder-types.js';
export { digestDayIndex, localMoment, type LocalMoment } from './reminder-week.js';
