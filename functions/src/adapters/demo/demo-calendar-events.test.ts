import type { NewEvent, TimeRange } from '../../ports/calendar.js';
import { DemoCalendarService } from './demo-calendar.js';
import {
  CONTOSO_TENANT_ID as T,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from './demo-tenants.js';

const NOW = '2026-06-01T00:00:00.000Z';
const week: TimeRange = { start: NOW, end: '2026-06-06T00:00:00.000Z' };
const newCalendar = () => new DemoCalendarService({ now: () => new Date(NOW) });
const review = (transactionId: string, change: Partial<NewEvent> = {}): NewEvent => ({
  start: '2026-06-02T05:00:00.000Z',
  end: '2026-06-02T05:30:00.000Z',
  organizerId: DEMO_MANAGER_ID,
  attendeeIds: [DEMO_EMPLOYEE_ID],
  subject: 'Mid-year review',
  bodyHtml: '<p>Agenda</p>',
  transactionId,
  timeZone: 'Asia/Kolkata',
  ...change,
});
const busyOf = async (calendar: DemoCalendarService, id: string) =>
  (await calendar.getFreeBusy(T, id, [id], week))[0]?.busy ?? [];
const holds = (busy: TimeRange[], range: TimeRange) =>
  busy.filter((b) => b.start === range.start && b.end === range.end).length;

describe('DemoCalendarService.createEvent', () => {
  it('creates an event with a clearly fake join link, once per transaction id', async () => {
    const calendar = newCalendar();
    const first = await calendar.createEvent(T, DEMO_MANAGER_ID, review('tx-1'));
    const retried = await calendar.createEvent(T, DEMO_MANAGER_ID, review('tx-1'));
    const other = await calendar.createEvent(T, DEMO_MANAGER_ID, review('tx-2'));
    expect(first.joinUrl).toBe(`https://teams.example/demo-meeting/${first.eventId}`);
    expect(first.transactionId).toBe('tx-1');
    expect(retried).toEqual(first);
    expect(other.eventId).not.toBe(first.eventId);
  });

  it('counts created events as busy for organizer and attendees, not for others', async () => {
    const calendar = newCalendar();
    const event = review('tx-1');
    await calendar.createEvent(T, DEMO_MANAGER_ID, event);
    await calendar.createEvent(T, DEMO_MANAGER_ID, event);
    expect(holds(await busyOf(calendar, DEMO_MANAGER_ID), event)).toBe(1);
    expect(holds(await busyOf(calendar, DEMO_EMPLOYEE_ID), event)).toBe(1);
    expect(holds(await busyOf(calendar, DEMO_UNRELATED_ID), event)).toBe(0);
    expect(holds(await busyOf(newCalendar(), DEMO_EMPLOYEE_ID), event)).toBe(0);
  });

  it('never suggests a booked time again', async () => {
    const calendar = newCalendar();
    const ids = [DEMO_MANAGER_ID, DEMO_EMPLOYEE_ID];
    const request = { attendeeIds: ids, window: week, durationMinutes: 30, maxCandidates: 3 };
    const [best] = await calendar.findMeetingTimes(T, DEMO_MANAGER_ID, request);
    await calendar.createEvent(
      T,
      DEMO_MANAGER_ID,
      review('tx-1', { start: best!.start, end: best!.end }),
    );
    const again = await calendar.findMeetingTimes(T, DEMO_MANAGER_ID, request);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((s) => s.end <= best!.start || s.start >= best!.end)).toBe(true);
  });

  it.each<[string, string, Partial<NewEvent>, string]>([
    ['an organizer other than the acting user', DEMO_EMPLOYEE_ID, {}, 'forbidden'],
    ['an unknown attendee', DEMO_MANAGER_ID, { attendeeIds: ['nobody-here'] }, 'not_found'],
    ['an end before the start', DEMO_MANAGER_ID, { end: '2026-06-02T04:00:00.000Z' }, 'validation'],
    ['an unknown time zone', DEMO_MANAGER_ID, { timeZone: 'Mars/Olympus_Mons' }, 'validation'],
  ])('rejects %s', async (_case, actingUserId, change, code) => {
    const calendar = newCalendar();
    await expect(
      calendar.createEvent(T, actingUserId, review('tx-1', change)),
    ).rejects.toMatchObject({
      code,
    });
  });
});

describe('DemoCalendarService.createEvents', () => {
  it('gives one outcome per event, in order; a retry books nothing twice', async () => {
    const calendar = newCalendar();
    const events = [
      review('tx-a'),
      review('tx-b', { organizerId: DEMO_EMPLOYEE_ID, attendeeIds: [DEMO_MANAGER_ID] }),
      review('tx-c', { start: '2026-06-03T05:00:00.000Z', end: '2026-06-03T05:30:00.000Z' }),
    ];
    const outcomes = await calendar.createEvents(T, DEMO_MANAGER_ID, events);
    expect(outcomes.map((o) => [o.transactionId, o.status])).toEqual([
      ['tx-a', 'created'],
      ['tx-b', 'failed'],
      ['tx-c', 'created'],
    ]);
    expect(outcomes[1]).toMatchObject({ code: 'forbidden' });
    await expect(calendar.createEvents(T, DEMO_MANAGER_ID, events)).resolves.toEqual(outcomes);
    const busy = await busyOf(calendar, DEMO_EMPLOYEE_ID);
    expect([holds(busy, events[0]!), holds(busy, events[2]!)]).toEqual([1, 1]);
  });

  it('rejects a batch with an invalid event and creates none of it', async () => {
    const calendar = newCalendar();
    const events = [review('tx-a'), review('tx-b', { attendeeIds: ['nobody-here'] })];
    await expect(calendar.createEvents(T, DEMO_MANAGER_ID, events)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(holds(await busyOf(calendar, DEMO_EMPLOYEE_ID), events[0]!)).toBe(0);
  });

  it('accepts an empty batch', async () => {
    await expect(newCalendar().createEvents(T, DEMO_MANAGER_ID, [])).resolves.toEqual([]);
  });
});
