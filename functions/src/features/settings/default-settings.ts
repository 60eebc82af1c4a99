import type { Period, TenantSettings } from '@northstar/shared';

/**
 * Fiscal quarters around `now` (previous, current, next two), on a fiscal year starting 1 July
 * as Microsoft's does: FY27 runs July 2026 - June 2027, so November 2026 is "FY27 Q2".
 */
export function fiscalQuartersAround(now: Date): Period[] {
  const monthIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const currentStart = monthIndex - ((now.getUTCMonth() + 6) % 3);
  return [-3, 0, 3, 6].map((offset) => quarterStartingAt(currentStart + offset));
}

function quarterStartingAt(monthIndex: number): Period {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const fiscalYear = month >= 6 ? year + 1 : year;
  const quarter = Math.floor(((month + 6) % 12) / 3) + 1;
  const end = new Date(Date.UTC(year, month + 3, 0));
  const fy = String(fiscalYear % 100).padStart(2, '0');
  return {
    id: `fy${fy}-q${quarter}`,
    name: `FY${fy} Q${quarter}`,
    startDate: new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10),
    endDate: end.toISOString().slice(0, 10),
  };
}

/** Settings for a tenant that has none yet (a first sign-in from a new Entra tenant). */
export function defaultTenantSettings(tenantId: string, now: Date): TenantSettings {
  return {
    tenantId,
    name: 'Your organisation',
    periods: fiscalQuartersAround(now),
    checkInCadenceDays: 14,
    maxActiveGoalsPerOwner: 5,
    adminIds: [],
    anonymityThreshold: 5,
  };
}
