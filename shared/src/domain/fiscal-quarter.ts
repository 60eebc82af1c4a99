import type { Period } from '../contracts/tenant.js';

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The fiscal quarter that contains `date` (in UTC), moved by `offset` quarters. The fiscal year
 * starts on 1 July, Microsoft-style: FY27 runs from July 2026 to June 2027 and its Q2 is
 * `{ id: 'fy27-q2', name: 'FY27 Q2', startDate: '2026-10-01', endDate: '2026-12-31' }`.
 */
export function fiscalQuarter(date: Date, offset = 0): Period {
  const month = date.getUTCMonth();
  const fiscalYear = month >= 6 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  // Quarters counted from year 0, so moving across fiscal years is plain arithmetic.
  const ordinal = fiscalYear * 4 + Math.floor(((month + 6) % 12) / 3) + offset;
  const year = Math.floor(ordinal / 4);
  const quarter = ordinal - year * 4;
  const startMonth = (quarter * 3 + 6) % 12;
  const startYear = quarter < 2 ? year - 1 : year;
  const label = String(year % 100).padStart(2, '0');
  return {
    id: `fy${label}-q${quarter + 1}`,
    name: `FY${label} Q${quarter + 1}`,
    startDate: isoDate(new Date(Date.UTC(startYear, startMonth, 1))),
    endDate: isoDate(new Date(Date.UTC(startYear, startMonth + 3, 0))),
  };
}
