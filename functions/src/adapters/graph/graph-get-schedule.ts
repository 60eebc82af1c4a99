import type { TimeRange } from '../../ports/calendar.js';
import { isDomainError } from '../../ports/errors.js';
import { MAX_BATCH_SIZE } from './graph-batch.js';
import type { GraphClient } from './graph-client.js';
import type { GraphWorkingHours } from './graph-person.js';
import type { GraphScheduleInformation } from './graph-schedule.js';
import { toGraphDateTime } from './graph-time.js';

/** Answers in UTC; the parsers still honour whatever zone Graph states. */
export const PREFER_UTC = { Prefer: 'outlook.timezone="UTC"' };

const DAY_MS = 86_400_000;

/**
 * `POST {path}` (a `calendar/getSchedule`) for every address, 20 per call: ceil(n/20) calls,
 * none for none. Needs delegated `Calendars.ReadBasic`.
 */
export async function getSchedules(
  graph: GraphClient,
  path: string,
  mails: readonly string[],
  window: TimeRange,
  intervalMinutes: number,
): Promise<GraphScheduleInformation[]> {
  const found: GraphScheduleInformation[] = [];
  for (let i = 0; i < mails.length; i += MAX_BATCH_SIZE) {
    const body = {
      schedules: mails.slice(i, i + MAX_BATCH_SIZE),
      startTime: toGraphDateTime(window.start),
      endTime: toGraphDateTime(window.end),
      availabilityViewInterval: intervalMinutes,
    };
    const answer = (await graph.post(path, body, PREFER_UTC)) as {
      value?: GraphScheduleInformation[];
    };
    found.push(...(answer.value ?? []));
  }
  return found;
}

/**
 * Working hours by lower-case address, as `getSchedule` (`path`: `/me/calendar/getSchedule` for
 * a signed-in user, `/users/{id}/calendar/getSchedule` for the app itself, which has no `/me`)
 * reports them for each calendar (`workingHours`): the signed-in user's `Calendars.ReadBasic` is
 * enough, where
 * `/users/{id}/mailboxSettings` would need `MailboxSettings.Read` and opens only the user's own
 * mailbox. The window is one day from `now` at one-day resolution, the smallest answer. A
 * calendar Graph cannot read is left out; so is everyone when Graph refuses the call itself
 * (403 no consent, 404 no mailbox), and the people then get the default hours.
 */
export async function workingHoursByMail(
  graph: GraphClient,
  path: string,
  mails: readonly string[],
  now = new Date(),
): Promise<Map<string, GraphWorkingHours>> {
  const addresses = [...new Set(mails.filter((m) => m !== ''))];
  const window = {
    start: now.toISOString(),
    end: new Date(now.getTime() + DAY_MS).toISOString(),
  };
  const infos = await getSchedules(graph, path, addresses, window, 1440).catch((error: unknown) => {
    if (isDomainError(error) && (error.code === 'forbidden' || error.code === 'not_found')) {
      return [];
    }
    throw error;
  });
  const hours = new Map<string, GraphWorkingHours>();
  for (const info of infos) {
    if (info.scheduleId && info.workingHours && !info.error) {
      hours.set(info.scheduleId.toLowerCase(), info.workingHours);
    }
  }
  return hours;
}
