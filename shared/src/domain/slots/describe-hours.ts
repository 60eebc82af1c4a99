import type { Weekday, WorkingHours } from '../../contracts/person.js';

const WEEK: readonly (readonly [Weekday, string])[] = [
  ['monday', 'Mon'],
  ['tuesday', 'Tue'],
  ['wednesday', 'Wed'],
  ['thursday', 'Thu'],
  ['friday', 'Fri'],
  ['saturday', 'Sat'],
  ['sunday', 'Sun'],
];

/** Runs of consecutive working days (Monday first), as `[first, last]` short names. */
function dayRuns(days: readonly Weekday[]): [string, string][] {
  const working = new Set(days);
  const runs: [string, string][] = [];
  let previousWorked = false;
  for (const [day, short] of WEEK) {
    const worked = working.has(day);
    const run = runs.at(-1);
    if (worked && previousWorked && run) run[1] = short;
    else if (worked) runs.push([short, short]);
    previousWorked = worked;
  }
  return runs;
}

/** Working days in words, weeks starting on Monday: `Mon-Fri`, `Mon, Wed, Fri`, `Mon, Tue`. */
export function describeDays(days: readonly Weekday[]): string {
  const runs = dayRuns(days);
  if (runs.length === 0) return 'no days';
  return runs
    .map(([first, last]) => {
      if (first === last) return first;
      const span = WEEK.findIndex(([, s]) => s === last) - WEEK.findIndex(([, s]) => s === first);
      return span === 1 ? `${first}, ${last}` : `${first}-${last}`;
    })
    .join(', ');
}

/** Working hours in words, e.g. `Mon-Fri 09:00-17:30 Europe/London`. */
export function describeWorkingHours(hours: WorkingHours): string {
  return `${describeDays(hours.days)} ${hours.startTime}-${hours.endTime} ${hours.timeZone}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
