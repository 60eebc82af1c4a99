import fc from 'fast-check';
import { utcToWallTime, type Person } from '@northstar/shared';
import { CONTOSO_TENANT_ID, demoTenants } from '../../functions/src/adapters/demo/demo-tenants.js';
import type { TimeRange } from '../../functions/src/ports/calendar.js';
import { startTestHost, type TestHost } from './harness.js';
import { FUZZ_TIMEOUT_MS } from './hostile-fuzz.js';
import { daysFromNow } from './route-body-specs-meetings.js';

const CONTOSO = demoTenants().find((t) => t.id === CONTOSO_TENANT_ID)?.people ?? [];
const MANAGERS = CONTOSO.filter((p) => CONTOSO.some((q) => q.managerId === p.id));

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether `range` lies inside one working day of `person`, in their own time zone. */
function insideWorkingHours(person: Person, range: TimeRange): boolean {
  const { days, startTime, endTime, timeZone } = person.workingHours;
  const from = utcToWallTime(range.start, timeZone);
  const to = utcToWallTime(range.end, timeZone);
  return (
    days.includes(from.weekday) &&
    from.date === to.date &&
    from.minuteOfDay >= minutes(startTime) &&
    to.minuteOfDay <= minutes(endTime)
  );
}

const overlaps = (a: TimeRange, b: TimeRange) => a.start < b.end && b.start < a.end;

/** A search window starting 1 to 20 days ahead on a whole quarter hour, 1 to 14 days long. */
const windowArb = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 14 }), fc.nat(95))
  .map(([ahead, days, quarter]) => {
    const start = Date.parse(daysFromNow(ahead).slice(0, 10)) + quarter * 15 * 60_000;
    return {
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(start + days * 86_400_000).toISOString(),
    };
  });

describe('nothing is suggested or booked outside an attendee’s working hours or free time', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  /** Everyone's busy blocks in the window, read before anything is booked in it. */
  async function busyOf(ids: string[], window: { windowStart: string; windowEnd: string }) {
    const range = { start: window.windowStart, end: window.windowEnd };
    const all = await host.app.services.calendar.getFreeBusy(
      CONTOSO_TENANT_ID,
      ids[0] ?? '',
      ids,
      range,
    );
    return new Map(all.map((f) => [f.personId, f.busy]));
  }

  /** Asserts `slot` lies in the window and in every one of `people`'s working hours and free time. */
  function expectBookable(
    slot: TimeRange,
    people: Person[],
    busy: Map<string, TimeRange[]>,
    window: { windowStart: string; windowEnd: string },
  ) {
    expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse(window.windowStart));
    expect(Date.parse(slot.end)).toBeLessThanOrEqual(Date.parse(window.windowEnd));
    for (const person of people) {
      expect({ person: person.id, slot, inside: insideWorkingHours(person, slot) }).toMatchObject({
        inside: true,
      });
      const clash = (busy.get(person.id) ?? []).find((b) => overlaps(b, slot));
      expect({ person: person.id, slot, clash }).toEqual({
        person: person.id,
        slot,
        clash: undefined,
      });
    }
  }

  it(
    'POST /api/meetings/find-times suggests only times inside everyone’s hours and free time',
    async () => {
      const people = fc.uniqueArray(fc.constantFrom(...CONTOSO), {
        minLength: 2,
        maxLength: 4,
        selector: (p) => p.id,
      });
      const duration = fc.constantFrom(15, 30, 45, 60, 90);
      await fc.assert(
        fc.asyncProperty(
          people,
          duration,
          windowArb,
          async ([organizer, ...others], minutes, window) => {
            const token = await host.signIn(organizer!.id);
            const attendeeIds = others.map((p) => p.id);
            const busy = await busyOf([organizer!.id, ...attendeeIds], window);
            const res = await host.call('POST', '/api/meetings/find-times', {
              token,
              body: { attendeeIds, durationMinutes: minutes, ...window },
            });
            expect(res.status).toBe(200);
            for (const slot of res.body.suggestions as TimeRange[]) {
              expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(minutes * 60_000);
              expectBookable(slot, [organizer!, ...others], busy, window);
            }
          },
        ),
        { numRuns: 15 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'POST /api/meetings/schedule-team books each report inside both people’s hours, none overlapping',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...MANAGERS), windowArb, async (manager, window) => {
          const reports = CONTOSO.filter((p) => p.managerId === manager.id);
          const busy = await busyOf([manager.id, ...reports.map((p) => p.id)], window);
          const res = await host.call('POST', '/api/meetings/schedule-team', {
            token: await host.signIn(manager.id),
            body: { durationMinutes: 30, ...window, subject: `Review ${window.windowStart}` },
          });
          expect(res.status).toBe(200);
          const booked = (
            res.body.items as (TimeRange & { personId: string; status: string })[]
          ).filter((i) => i.status === 'booked');
          for (const [i, b] of booked.entries()) {
            const report = reports.find((p) => p.id === b.personId);
            expect(report).toBeDefined();
            expectBookable(b, [manager, report!], busy, window);
            for (const other of booked.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
          }
        }),
        { numRuns: 8 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
