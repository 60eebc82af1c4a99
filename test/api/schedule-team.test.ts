import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';

const DAY = 86_400_000;

interface Booking {
  personId: string;
  status: string;
  start?: string;
  end?: string;
  joinUrl?: string;
  reason?: string;
}

describe("scheduling a manager's team reviews in one go (demo calendars)", () => {
  let host: TestHost;
  let manager: string;
  const body = {
    durationMinutes: 45,
    windowStart: new Date(Date.now() + DAY).toISOString(),
    windowEnd: new Date(Date.now() + 15 * DAY).toISOString(),
    subject: 'Mid-year review',
    agenda: 'Goals\nGrowth',
  };
  beforeAll(async () => {
    host = await startTestHost();
    manager = await host.signIn(DEMO_MANAGER_ID);
  });
  afterAll(() => host.close());

  it('books each report it can in a slot overlapping no other, and says why not for the rest', async () => {
    const me = await host.call('GET', '/api/me', { token: manager });
    const reportIds = me.body.directReports.map((p: { id: string }) => p.id).sort();
    const res = await host.call('POST', '/api/meetings/schedule-team', { token: manager, body });
    expect(res.status).toBe(200);
    const items = res.body.items as Booking[];
    expect(items.map((i) => i.personId).sort()).toEqual(reportIds);
    const booked = items.filter((i) => i.status === 'booked');
    expect(booked.length).toBeGreaterThan(0);
    // Priya works from Kolkata; her reports in Los Angeles share no working hours with her.
    for (const missed of items.filter((i) => i.status !== 'booked')) {
      expect(missed.reason).toMatch(/do not overlap|busy|taken/);
    }
    const ranges = booked.map((b) => [Date.parse(b.start ?? ''), Date.parse(b.end ?? '')] as const);
    for (const [i, a] of ranges.entries()) {
      expect(a[1] - a[0]).toBe(45 * 60_000);
      for (const b of ranges.slice(i + 1)) expect(a[1] <= b[0] || b[1] <= a[0]).toBe(true);
    }
    expect(booked.every((b) => b.joinUrl?.startsWith('https://'))).toBe(true);
  });

  it('books no duplicates when the same request runs again', async () => {
    const first = await host.call('POST', '/api/meetings/schedule-team', { token: manager, body });
    const again = await host.call('POST', '/api/meetings/schedule-team', { token: manager, body });
    const urls = (r: { body: { items: Booking[] } }) => r.body.items.map((i) => i.joinUrl).sort();
    expect(urls(again)).toEqual(urls(first));
  });

  it('refuses someone who is not a direct report, naming the field', async () => {
    const res = await host.call('POST', '/api/meetings/schedule-team', {
      token: manager,
      body: { ...body, reportIds: [DEMO_EMPLOYEE_ID, DEMO_UNRELATED_ID] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.reportIds.1');
  });

  it('answers an employee without reports with an empty list', async () => {
    const employee = await host.signIn(DEMO_EMPLOYEE_ID);
    const res = await host.call('POST', '/api/meetings/schedule-team', { token: employee, body });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });
});
