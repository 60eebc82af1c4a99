import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';

const DAY = 86_400_000;

describe('finding times and booking a meeting over HTTP (demo calendars)', () => {
  let host: TestHost;
  let manager: string;
  const windowStart = new Date(Date.now() + DAY).toISOString();
  const windowEnd = new Date(Date.now() + 8 * DAY).toISOString();
  beforeAll(async () => {
    host = await startTestHost();
    manager = await host.signIn(DEMO_MANAGER_ID);
  });
  afterAll(() => host.close());

  const findTimes = () =>
    host.call('POST', '/api/meetings/find-times', {
      token: manager,
      body: { attendeeIds: [DEMO_EMPLOYEE_ID], durationMinutes: 30, windowStart, windowEnd },
    });

  it('suggests ranked times inside the window where both are free', async () => {
    const res = await findTimes();
    expect(res.status).toBe(200);
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    for (const s of res.body.suggestions) {
      expect(Date.parse(s.start)).toBeGreaterThanOrEqual(Date.parse(windowStart));
      expect(Date.parse(s.end)).toBeLessThanOrEqual(Date.parse(windowEnd));
      expect(Date.parse(s.end) - Date.parse(s.start)).toBe(30 * 60_000);
      const people = s.attendeeAvailability.map((a: { personId: string }) => a.personId).sort();
      expect(people).toEqual([DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID].sort());
    }
  });

  it('books the first suggestion once, however often the request is retried', async () => {
    const [first] = (await findTimes()).body.suggestions;
    const body = {
      attendeeIds: [DEMO_EMPLOYEE_ID],
      start: first.start,
      end: first.end,
      subject: 'Mid-year review: Arjun',
      agenda: 'Goals this half\nGrowth plan',
    };
    const [a, b] = await Promise.all([
      host.call('POST', '/api/meetings', { token: manager, body }),
      host.call('POST', '/api/meetings', { token: manager, body }),
    ]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.eventId).toBe(a.body.eventId);
    expect(a.body.joinUrl).toMatch(/^https:\/\//);
    const again = await findTimes();
    const starts = again.body.suggestions.map((s: { start: string }) => s.start);
    expect(starts).not.toContain(first.start);
  });

  it.each([
    [
      'a window that ends before it starts',
      { windowEnd: windowStart, windowStart: windowEnd },
      'body.windowEnd',
    ],
    ['an unknown attendee', { attendeeIds: ['no-such-person'] }, 'body.attendeeIds.0'],
    ['another tenant’s person', { attendeeIds: [FABRIKAM_PERSON_ID] }, 'body.attendeeIds.0'],
    [
      'the same person twice',
      { attendeeIds: [DEMO_EMPLOYEE_ID, DEMO_EMPLOYEE_ID] },
      'body.attendeeIds',
    ],
    ['a 5-minute meeting', { durationMinutes: 5 }, 'body.durationMinutes'],
    [
      'a window of 90 days',
      { windowEnd: new Date(Date.now() + 91 * DAY).toISOString() },
      'body.windowEnd',
    ],
    ['an unknown field', { organizerId: DEMO_EMPLOYEE_ID }, 'body.organizerId'],
  ])('refuses %s with a 400 naming %s', async (_what, change, field) => {
    const res = await host.call('POST', '/api/meetings/find-times', {
      token: manager,
      body: {
        attendeeIds: [DEMO_EMPLOYEE_ID],
        durationMinutes: 30,
        windowStart,
        windowEnd,
        ...change,
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses a booking whose end is not after its start, and callers without a token', async () => {
    const bad = await host.call('POST', '/api/meetings', {
      token: manager,
      body: { attendeeIds: [DEMO_EMPLOYEE_ID], start: windowEnd, end: windowStart, subject: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('body.end');
    const anonymous = await host.call('POST', '/api/meetings/find-times', {
      body: { attendeeIds: [DEMO_EMPLOYEE_ID], durationMinutes: 30, windowStart, windowEnd },
    });
    expect(anonymous.status).toBe(401);
  });
});
