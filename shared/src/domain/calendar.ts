/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** Midnight UTC at the start of a `YYYY-MM-DD` date, in epoch milliseconds. */
export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((startOfDay(to) - startOfDay(from)) / DAY_MS);
}
