import type { ReminderRunSummary } from '@northstar/shared';
import { runSummaryInWords } from './run-summary';

const NONE: ReminderRunSummary = {
  considered: 41,
  sent: 0,
  digests: 0,
  deferred: 0,
  skipped: 0,
  failures: 0,
  outsideWorkingHours: 0,
  unknownTimeZones: 0,
};

describe('a reminder run in words', () => {
  it.each<[Partial<ReminderRunSummary>, string]>([
    [{}, 'Sent nothing: no reminder is due for anyone at work.'],
    [
      { sent: 2, outsideWorkingHours: 14 },
      'Sent 2 reminders. 14 of 41 people are outside their working hours right now.',
    ],
    [
      { sent: 1, digests: 1, outsideWorkingHours: 1, considered: 1 },
      'Sent 1 reminder and 1 weekly digest. 1 of 1 person is outside their working hours right now.',
    ],
    [{ digests: 2 }, 'Sent 2 weekly digests.'],
    [
      { deferred: 3 },
      'Sent nothing: no reminder is due for anyone at work. 3 reminders wait for the weekly digest.',
    ],
    [
      { sent: 1, skipped: 1, failures: 2, unknownTimeZones: 1 },
      'Sent 1 reminder. 1 person does not have Northstar in Teams. 2 sends failed and will be ' +
        'tried again. 1 person has an unknown time zone.',
    ],
  ])('%j: %s', (change, words) => {
    expect(runSummaryInWords({ ...NONE, ...change })).toBe(words);
  });
});
