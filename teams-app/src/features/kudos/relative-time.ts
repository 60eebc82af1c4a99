const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that fits first: 400 days is "last year", 40 hours "yesterday". */
const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/**
 * How long ago (or from now) `instant` is, in the reader's words: "just now" under a minute,
 * else "5 minutes ago", "yesterday", "3 weeks ago", "last year".
 */
export function relativeTime(instant: string, now: Date, locale?: string): string {
  const difference = Date.parse(instant) - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(difference) >= size) return format.format(Math.round(difference / size), unit);
  }
  return format.format(0, 'second');
}

/** `instant` as a full date and time, for a tooltip beside the relative one. */
export function absoluteTime(instant: string, locale?: string): string {
  return new Date(instant).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
