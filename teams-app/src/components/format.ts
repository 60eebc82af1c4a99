/** `2026-12-31` as "31 Dec 2026" in the reader's locale, without time-zone drift. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A period id such as `fy27-q2` as people write it: "FY27 Q2" (no-break space: never split). */
export function periodLabel(periodId: string): string {
  return periodId
    .split(/[-_]/)
    .filter((part) => part !== '')
    .map((part) => part.toUpperCase())
    .join('\u00a0');
}
