import type { ReminderSettings, TenantSettings } from '@northstar/shared';

/**
 * The reminder rules until tenant settings carry their own: at most 3 notifications per person
 * per local week (the rest in the Friday digest), no goal nudges for someone who checked in
 * within a day, a check-in due weekly, and at most one delivery per person per hourly run.
 */
export const REMINDER_DEFAULTS = {
  weeklyCap: 3,
  skipIfUpdatedWithinHours: 24,
  /** A goal's owner is asked to check in after this many days without one. */
  checkInDueDays: 7,
  /**
   * Someone who got anything this recently gets nothing from this run: the planner's one per run
   * assumes hourly runs, and a repeated or on-demand run must not double that pace.
   */
  minutesBetweenDeliveries: 50,
} as const;

/** What a run plans with for one tenant. */
export interface TenantReminderRules {
  settings: ReminderSettings;
  /** Every goal's check-in cadence, in days. */
  cadenceDays: number;
}

/**
 * The rules for a tenant: a goal is `stale` exactly when the tab shows it stale (no check-in for
 * longer than the tenant's `checkInCadenceDays`), and a check-in is due after
 * {@link REMINDER_DEFAULTS}.checkInDueDays, or the tenant's cadence when that is shorter. Goals
 * have no cadence of their own.
 */
export function reminderRulesOf(tenant: TenantSettings): TenantReminderRules {
  const staleDays = tenant.checkInCadenceDays;
  return {
    settings: {
      weeklyCap: REMINDER_DEFAULTS.weeklyCap,
      staleDays,
      skipIfUpdatedWithinHours: REMINDER_DEFAULTS.skipIfUpdatedWithinHours,
    },
    cadenceDays: Math.min(REMINDER_DEFAULTS.checkInDueDays, staleDays),
  };
}
