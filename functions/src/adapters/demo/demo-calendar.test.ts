import { utcToWallTime, type Person } from '@northstar/shared';
import type { TimeRange } from '../../ports/calendar.js';
import type { Clock } from '../../ports/clock.js';
import { busyInstances } from './demo-busy-calendar.js';
import { DemoCalendarService } from './demo-calendar.js';
import {
  CONTOSO_TENANT_ID as T,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_PERSON_ID,
  demoTenants,
} from './demo-tenants.js';

// Monday 1 June 2026, 06:00 UTC: 11:30 in Kolkata, 07:00 in London, still Sunday in Seattle.
const NOW = '2026-06-01T06:00:00.000Z';
const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
const week: TimeRange = { start: '2026-06-01T00:00:00.000Z', end: '2026-06-06T00:00:00.000Z' };
const people = new Map(demoTenants().flatMap((t) => t.people.map((p) => [p.id, p])));
const person = (id: string): Person => people.get(id)!;
const overlaps = (a: TimeRange, b: TimeRange) => a.start < b.end && b.start < a.end;

function insideHours(p: Person, range: TimeRange): boolean {
  const { days, startTime, endTime, timeZone } = p.workingHours;
  const start = utcToWallTime(range.start, timeZone);
  const end = utcToWallTime(range.end, timeZone);
  return (
    days.includes(start.weekday) &&
    start.date === end.date &&
    start.time >= startTime &&
    end.time <= endTime
  );
}

describe('DemoCalendarService.getFreeBusy', () => {
  it('gives each person their seeded meetings and working hours, in the order asked', async () => {
    const calendar = new DemoCalendarService(fixedClock(NOW));
    const ids = ['kwame-mensah', DEMO_MANAGER_ID];
    const schedules = await calendar.getFreeBusy(T, DEMO_MANAGER_ID, ids, week);
    expect(schedules.map((s) => s.personId)).toEqual(ids);
    for (const schedule of schedules) {
      const seeded = busyInstances(
        person(schedule.personId),
        Date.parse(week.start),
        Date.parse(week.end),
      );
      expect(schedule.busy.length).toBeGreaterThan(0);
      expect(schedule.busy).toEqual(seeded.map(({ start, end }) => ({ start, end })));
    }
    expect(schedules[1]?.workingHours).toEqual({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:30',
      endTime: '18:00',
      timeZone: 'Asia/Kolkata',
    });
  });

  it.each<[string, string[], TimeRange, string]>([
    ['an unknown person', ['nobody-here'], week, 'not_found'],
    ['a Fabrikam person in Contoso', [FABRIKAM_PERSON_ID], week, 'not_found'],
    ['a reversed window', [DEMO_MANAGER_ID], { start: week.end, end: week.start }, 'validation'],
    ['an unparsable window', [DEMO_MANAGER_ID], { start: 'monday', end: week.end }, 'validation'],
    [
      'a 63-day window',
      [DEMO_MANAGER_ID],
      { start: week.start, end: '2026-08-03T00:00:00.000Z' },
      'validation',
    ],
  ])('rejects %s', async (_case, ids, window, code) => {
    const calendar = new DemoCalendarService(fixedClock(NOW));
    await expect(calendar.getFreeBusy(T, DEMO_MANAGER_ID, ids, window)).rejects.toMatchObject({
      code,
    });
  });
});

describe('DemoCalendarService.findMeetingTimes', () => {
  it.each<[string, string[], number, number]>([
    ['Kolkata and London share mornings in London', [DEMO_MANAGER_ID, 'kwame-mensah'], 60, 5],
    ['a Kolkata team', [DEMO_MANAGER_ID, DEMO_EMPLOYEE_ID, 'ananya-iyer'], 30, 5],
    ['Berlin and New York', ['tomas-novak', 'isaiah-langer'], 45, 5],
    ['Kolkata and Seattle never overlap', [DEMO_MANAGER_ID, 'lee-gu'], 30, 0],
    ['part-time Seattle and London: 30 minutes, not 60', ['mei-lin', 'kwame-mensah'], 60, 0],
  ])('%s', async (_case, ids, durationMinutes, expected) => {
    const calendar = new DemoCalendarService(fixedClock(NOW));
    const request = { attendeeIds: ids, window: week, durationMinutes, maxCandidates: 5 };
    const suggestions = await calendar.findMeetingTimes(T, ids[0]!, request);
    const busy = await calendar.getFreeBusy(T, ids[0]!, ids, week);
    expect(suggestions).toHaveLength(expected);
    for (const s of suggestions) {
      expect(s.start >= NOW).toBe(true);
      expect(Date.parse(s.end) - Date.parse(s.start)).toBe(durationMinutes * 60_000);
      expect(ids.every((id) => insideHours(person(id), s))).toBe(true);
      expect(busy.every((b) => b.busy.every((block) => !overlaps(block, s)))).toBe(true);
      expect(s.attendeeAvailability).toEqual(
        ids.map((personId) => ({ personId, availability: 'free' })),
      );
      expect(s.confidence).toBe(100);
    }
  });

  it('ranks by the requested time zone when one is given', async () => {
    const calendar = new DemoCalendarService(fixedClock(NOW));
    const ids = ['tomas-novak', 'johanna-lorenz'];
    const base = { attendeeIds: ids, window: week, durationMinutes: 30, maxCandidates: 3 };
    const own = await calendar.findMeetingTimes(T, ids[0]!, base);
    const tokyo = await calendar.findMeetingTimes(T, ids[0]!, { ...base, timeZone: 'Asia/Tokyo' });
    expect(tokyo.length).toBeGreaterThan(0);
    expect(tokyo.map((s) => s.start)).not.toEqual(own.map((s) => s.start));
  });

  it('never suggests a time before now', async () => {
    const later = '2026-06-03T10:07:00.000Z';
    const calendar = new DemoCalendarService(fixedClock(later));
    const ids = ['kwame-mensah', 'johanna-lorenz'];
    const request = { attendeeIds: ids, window: week, durationMinutes: 30, maxCandidates: 20 };
    const suggestions = await calendar.findMeetingTimes(T, ids[0]!, request);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.start >= later)).toBe(true);
  });

  it.each([
    ['no attendees', { attendeeIds: [] }],
    ['a zero duration', { durationMinutes: 0 }],
    ['no candidates', { maxCandidates: 0 }],
  ])('rejects %s', async (_case, change) => {
    const calendar = new DemoCalendarService(fixedClock(NOW));
    const request = {
      attendeeIds: [DEMO_MANAGER_ID],
      window: week,
      durationMinutes: 30,
      maxCandidates: 5,
      ...change,
    };
    await expect(calendar.findMeetingTimes(T, DEMO_MANAGER_ID, request)).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
