import type { WorkingHours } from '../../contracts/person.js';
import { planReminders } from './plan-reminders.js';
import { digestDayIndex, localMoment } from './reminder-week.js';
import { EVERY_DAY, testInput, testPerson, testReminderGoal } from './test-reminders.js';

/** Whether someone with an overdue goal is nudged at `now`. */
function nudgedAt(now: string, timeZone: string, hours: Partial<WorkingHours> = {}): boolean {
  const input = testInput(now, {
    people: [testPerson('p', timeZone, hours)],
    goals: [testReminderGoal('g', 'p', '2026-01-01T00:00:00.000Z')],
  });
  return planReminders(input).notifications.length === 1;
}

describe('reminders only inside the person’s own working hours', () => {
  it.each<[string, string, string, Partial<WorkingHours>, boolean]>([
    ['London, one minute before 09:00', '2026-11-25T08:59:00Z', 'Europe/London', {}, false],
    ['London, at 09:00 (start included)', '2026-11-25T09:00:00Z', 'Europe/London', {}, true],
    ['London, 17:29', '2026-11-25T17:29:00Z', 'Europe/London', {}, true],
    ['London, at 17:30 (end excluded)', '2026-11-25T17:30:00Z', 'Europe/London', {}, false],
    ['London, Saturday', '2026-11-28T10:00:00Z', 'Europe/London', {}, false],
    ['New York, 08:59 EST', '2026-11-25T13:59:00Z', 'America/New_York', {}, false],
    ['New York, 09:00 EST', '2026-11-25T14:00:00Z', 'America/New_York', {}, true],
    ['Tokyo, 09:00 JST is the previous UTC day', '2026-11-25T00:00:00Z', 'Asia/Tokyo', {}, true],
    ['Tokyo, 08:59 JST', '2026-11-24T23:59:00Z', 'Asia/Tokyo', {}, false],
    ['Kolkata (+05:30), 09:00', '2026-11-25T03:30:00Z', 'Asia/Kolkata', {}, true],
    ['Kolkata (+05:30), 08:59', '2026-11-25T03:29:00Z', 'Asia/Kolkata', {}, false],
    ['Kathmandu (+05:45), 09:00', '2026-11-25T03:15:00Z', 'Asia/Kathmandu', {}, true],
    [
      'Auckland, Friday 09:00 NZDT (Thursday in UTC)',
      '2026-11-26T20:00:00Z',
      'Pacific/Auckland',
      {},
      true,
    ],
    [
      'Auckland, Saturday 09:00 NZDT (Friday in UTC)',
      '2026-11-27T20:00:00Z',
      'Pacific/Auckland',
      {},
      false,
    ],
  ])('%s: %s', (_case, now, zone, hours, expected) => {
    expect(nudgedAt(now, zone, hours)).toBe(expected);
  });

  it.each<[string, string, string, boolean]>([
    [
      'London, Saturday before spring DST, 08:00 GMT',
      '2026-03-28T08:00:00Z',
      'Europe/London',
      false,
    ],
    [
      'London, Saturday before spring DST, 09:00 GMT',
      '2026-03-28T09:00:00Z',
      'Europe/London',
      true,
    ],
    ['London, spring DST Sunday, 08:59 BST', '2026-03-29T07:59:00Z', 'Europe/London', false],
    ['London, spring DST Sunday, 09:00 BST', '2026-03-29T08:00:00Z', 'Europe/London', true],
    ['London, spring DST Sunday, 17:29 BST', '2026-03-29T16:29:00Z', 'Europe/London', true],
    ['London, spring DST Sunday, 17:30 BST', '2026-03-29T16:30:00Z', 'Europe/London', false],
    [
      'London, Saturday before autumn DST, 09:00 BST',
      '2026-10-24T08:00:00Z',
      'Europe/London',
      true,
    ],
    ['London, autumn DST Sunday, 08:59 GMT', '2026-10-25T08:59:00Z', 'Europe/London', false],
    ['London, autumn DST Sunday, 09:00 GMT', '2026-10-25T09:00:00Z', 'Europe/London', true],
    ['New York, spring DST Sunday, 08:59 EDT', '2026-03-08T12:59:00Z', 'America/New_York', false],
    ['New York, spring DST Sunday, 09:00 EDT', '2026-03-08T13:00:00Z', 'America/New_York', true],
    ['Sydney, Saturday 09:00 AEDT', '2026-04-03T22:00:00Z', 'Australia/Sydney', true],
    ['Sydney, DST ends Sunday, 08:59 AEST', '2026-04-04T22:59:00Z', 'Australia/Sydney', false],
    ['Sydney, DST ends Sunday, 09:00 AEST', '2026-04-04T23:00:00Z', 'Australia/Sydney', true],
  ])('DST: %s', (_case, now, zone, expected) => {
    expect(nudgedAt(now, zone, { days: EVERY_DAY })).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['Monday 21:59, before the shift', '2026-11-23T21:59:00Z', false],
    ['Monday 22:00, the shift starts', '2026-11-23T22:00:00Z', true],
    ['Saturday 05:59, Friday’s shift still on', '2026-11-28T05:59:00Z', true],
    ['Saturday 06:00, the shift is over', '2026-11-28T06:00:00Z', false],
    ['Sunday 23:00, no shift starts on Sunday', '2026-11-29T23:00:00Z', false],
  ])('night shift 22:00-06:00 Mon-Fri in London: %s', (_case, now, expected) => {
    expect(nudgedAt(now, 'Europe/London', { startTime: '22:00', endTime: '06:00' })).toBe(expected);
  });

  it('leaves out, and names, a person whose time zone the runtime does not know', () => {
    const input = testInput('2026-11-25T10:00:00Z', {
      people: [testPerson('lost', 'Mars/Olympus'), testPerson('p')],
      goals: [testReminderGoal('g1', 'lost', null), testReminderGoal('g2', 'p', null)],
    });
    const plan = planReminders(input);
    expect(plan.unknownTimeZones).toEqual(['lost']);
    expect(plan.notifications.map((n) => n.personId)).toEqual(['p']);
  });
});

describe('localMoment', () => {
  it.each([
    ['London, Wednesday 10:00', '2026-11-25T10:00:00Z', 'Europe/London', '2026-11-23', 2, true],
    [
      'Tokyo, already Monday while UTC is Sunday',
      '2026-11-29T16:00:00Z',
      'Asia/Tokyo',
      '2026-11-30',
      0,
      false,
    ],
    [
      'Los Angeles, still Sunday while UTC is Monday',
      '2026-11-30T03:00:00Z',
      'America/Los_Angeles',
      '2026-11-23',
      6,
      false,
    ],
  ])('%s', (_case, now, timeZone, weekStart, dayIndex, working) => {
    const hours = testPerson('p', timeZone).workingHours;
    expect(localMoment(hours, new Date(now))).toMatchObject({
      weekStart,
      dayIndex,
      working,
    });
  });
});

describe('digestDayIndex', () => {
  it.each<[string, WorkingHours['days'], number]>([
    ['Monday to Friday: Friday', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 4],
    ['Monday to Wednesday: Wednesday, the last working day', ['monday', 'tuesday', 'wednesday'], 2],
    [
      'Sunday to Thursday: Friday (then Sunday is the first run)',
      ['sunday', 'monday', 'thursday'],
      4,
    ],
    ['no working days: never', [], -1],
  ])('%s', (_case, days, expected) => {
    expect(digestDayIndex({ ...testPerson('p').workingHours, days }, 'friday')).toBe(expected);
  });
});
