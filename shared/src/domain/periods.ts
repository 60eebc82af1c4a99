import type { Period } from '../contracts/tenant.js';

/**
 * The period whose `[startDate, endDate]` (inclusive) contains `date` (`YYYY-MM-DD`).
 * When periods overlap, the first one in `periods` wins.
 */
export function periodForDate(periods: readonly Period[], date: string): Period | undefined {
  // ISO calendar dates compare correctly as strings.
  return periods.find((p) => p.startDate <= date && date <= p.endDate);
}

/** The period with this id, if the tenant has one. */
export function findPeriod(periods: readonly Period[], id: string): Period | undefined {
  return periods.find((p) => p.id === id);
}
