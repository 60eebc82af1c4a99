import type { TenantSettings } from '@northstar/shared';
import { fiscalQuarter } from '@northstar/shared';

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
  };
}
