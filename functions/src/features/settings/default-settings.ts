import type { TenantSettings } from '@northstar/shared';
import { fiscalQuarter } from '@northstar/shared';

/** The company values a tenant starts with, until HR names its own. */
export const DEFAULT_COMPANY_VALUES: readonly string[] = [
  'Customer focus',
  'Teamwork',
  'Ownership',
  'Growth',
];

/** Settings for a tenant that has none yet (a first sign-in from a new Entra tenant). */
export function defaultTenantSettings(tenantId: string, now: Date): TenantSettings {
  return {
    tenantId,
    name: 'Your organisation',
    // The previous, current and next two fiscal quarters.
    periods: [-1, 0, 1, 2].map((offset) => fiscalQuarter(now, offset)),
    checkInCadenceDays: 14,
    maxActiveGoalsPerOwner: 5,
    adminIds: [],
    anonymityThreshold: 5,
    companyValues: [...DEFAULT_COMPANY_VALUES],
  };
}

/**
 * Stored settings with the fields added since they were written given their defaults: settings
 * stored before company values existed have none, and kudos need at least one.
 */
export function withNewerDefaults(stored: TenantSettings): TenantSettings {
  const older: Partial<TenantSettings> = stored;
  const values = older.companyValues ?? [];
  return values.length > 0 ? stored : { ...stored, companyValues: [...DEFAULT_COMPANY_VALUES] };
}
