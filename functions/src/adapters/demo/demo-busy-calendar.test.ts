import { utcToWallTime, type Person } from '@northstar/shared';
import { busyInstances, recurringBusyBlocks } from './demo-busy-calendar.js';
import { demoTenants } from './demo-tenants.js';

const everyone = demoTenants().flatMap((t) => t.people);
const byId = (id: string): Person => everyone.find((p) => p.id === id)!;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const at = (iso: string) => Date.parse(iso);

describe('recurringBusyBlocks', () => {
  it('gives everyone 2-6 weekly meetings inside their working days and hours', () => {
    for (const person of everyone) {
      const blocks = recurringBusyBlocks(person);
      const { days, startTime, endTime } = person.workingHours;
      expect(blocks.length).toBeGreaterThanOrEqual(2);
      expect(blocks.length).toBeLessThanOrEqual(6);
      for (const block of blocks) {
        expect(block.days.every((d) => days.includes(d))).toBe(true);
        expect(minutes(block.startTime)).toBeGreaterThanOrEqual(minutes(startTime));
        expect(minutes(block.startTime) + block.minutes).toBeLessThanOrEqual(minutes(endTime));
      }
    }
  });

  it('is the same on every call, and differs between people', () => {
    const calendars = everyone.map((p) => JSON.stringify(recurringBusyBlocks(p)));
    expect(everyone.map((p) => JSON.stringify(recurringBusyBlocks(structuredClone(p))))).toEqual(
      calendars,
    );
    expect(new Set(calendars).size).toBeGreaterThan(everyone.length / 2);
  });
});

describe('busyInstances', () => {
  it.each(['priya-raman', 'lee-gu', 'kwame-mensah', 'mei-lin'])(
    'repeats %s’s meetings once a week per day, in their own working hours',
    (id) => {
      const person = byId(id);
      const week = busyInstances(person, at('2026-06-01T00:00:00Z'), at('2026-06-15T00:00:00Z'));
      const perWeek = recurringBusyBlocks(person).reduce((n, b) => n + b.days.length, 0);
      const { days, startTime, endTime, timeZone } = person.workingHours;
      // 00:00Z on a Monday is before work on Monday in Asia and Europe and Sunday evening in
      // the Americas: the window holds exactly two working weeks everywhere.
      expect(week).toHaveLength(2 * perWeek);
      for (const busy of week) {
        const start = utcToWallTime(busy.start, timeZone);
        const end = utcToWallTime(busy.end, timeZone);
        expect(days).toContain(start.weekday);
        expect(start.time >= startTime && end.time <= endTime).toBe(true);
      }
      expect(week.map((b) => b.start)).toEqual(week.map((b) => b.start).sort());
    },
  );

  it('keeps local times across the London DST change', () => {
    const person = byId('kwame-mensah');
    const localTimes = (from: string, to: string) =>
      busyInstances(person, at(from), at(to)).map(
        (b) => `${b.title} ${utcToWallTime(b.start, 'Europe/London').time}`,
      );
    const before = localTimes('2026-03-23T00:00:00Z', '2026-03-28T00:00:00Z');
    const after = localTimes('2026-03-30T00:00:00Z', '2026-04-04T00:00:00Z');
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    const utcStarts = busyInstances(person, at('2026-03-23T00:00:00Z'), at('2026-03-28T00:00:00Z'));
    const laterUtc = busyInstances(person, at('2026-03-30T00:00:00Z'), at('2026-04-04T00:00:00Z'));
    expect(at(laterUtc[0]!.start) - at(utcStarts[0]!.start)).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('gives only what overlaps the window', () => {
    const person = byId('priya-raman');
    const [first] = busyInstances(person, at('2026-06-01T00:00:00Z'), at('2026-06-08T00:00:00Z'));
    const inside = busyInstances(person, at(first!.start) + 60_000, at(first!.start) + 120_000);
    expect(inside.map((b) => b.start)).toContain(first!.start);
    expect(busyInstances(person, at(first!.end), at(first!.end))).toEqual([]);
  });
});
