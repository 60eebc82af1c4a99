import { graphFixture } from '../../functions/src/adapters/graph/graph-test-server.js';
import { TENANT } from './graph-mode-entra.js';
import { CLIENT_SECRET, startGraphModeHost, type GraphModeHost } from './graph-mode-host.js';
import { ADELE, ALEX, SARA, callsTo, nextWeek } from './graph-mode-org.js';

const PACIFIC_HOURS = {
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '17:00',
  timeZone: 'America/Los_Angeles',
};
const created = graphFixture('create-event-online-meeting.response.json') as {
  onlineMeeting: { joinUrl: string };
};

describe('Graph mode: the composition root on Microsoft Graph, acting as the caller', () => {
  let host: GraphModeHost;
  let sara: string;
  const { windowStart, windowEnd } = nextWeek();
  const findTimes = { attendeeIds: [ALEX.id], durationMinutes: 60, windowStart, windowEnd };
  const graphCalls = (path: string) => callsTo(host.graph.calls, path);

  beforeAll(async () => {
    host = await startGraphModeHost();
    sara = await host.entra.signIn(SARA.id, SARA.displayName);
  });
  afterAll(() => host.close());
  beforeEach(() => {
    host.graphWith();
  });

  it('reports the Graph directory and Entra sign-in in health', async () => {
    const health = await host.call('GET', '/api/health');
    expect(health.body).toMatchObject({ directory: 'graph', auth: 'entra', store: 'sqlite' });
  });

  it('answers GET /api/me from Graph, through one On-Behalf-Of exchange', async () => {
    const me = await host.call('GET', '/api/me', { token: sara });
    expect(me.status).toBe(200);
    expect(me.body.tenantId).toBe(TENANT);
    expect(me.body.person).toEqual({
      id: SARA.id,
      displayName: 'Sara Davis',
      mail: 'SaraD@contoso.onmicrosoft.com',
      jobTitle: 'Finance VP',
      department: '',
      managerId: null,
      timeZone: 'America/Los_Angeles',
      workingHours: PACIFIC_HOURS,
    });
    expect(me.body.roles).toEqual(['employee', 'manager']);
    expect(me.body.directReports.map((p: { id: string }) => p.id)).toEqual([ADELE.id, ALEX.id]);
    expect(me.body.directReports[1]).toMatchObject({
      managerId: SARA.id,
      workingHours: PACIFIC_HOURS,
    });
    expect(host.entra.grants).toEqual([
      { tenant: TENANT, assertion: sara, clientSecret: CLIENT_SECRET },
    ]);
    // Sara: her user, then getSchedule for her hours; her reports: 2 pages, then getSchedule.
    const calls = host.graph.httpCalls.map((c) => `${c.method} ${c.path.split('?')[0]}`);
    expect(calls.sort()).toEqual([
      `GET /users/${SARA.id}`,
      `GET /users/${SARA.id}/directReports`,
      `GET /users/${SARA.id}/directReports/microsoft.graph.user`,
      'POST /me/calendar/getSchedule',
      'POST /me/calendar/getSchedule',
    ]);
    const auth = new Set(host.graph.httpCalls.map((c) => c.headers.authorization));
    expect([...auth]).toEqual(['Bearer graph-token-1']);
  });

  it('serves the next request from the caches: no exchange and no Graph call', async () => {
    await expect(host.call('GET', '/api/me', { token: sara })).resolves.toMatchObject({
      status: 200,
    });
    expect(host.graph.calls).toHaveLength(0);
    expect(host.entra.grants).toHaveLength(1);
  });

  it('finds times with Graph findMeetingTimes for the caller and the attendees', async () => {
    const found = await host.call('POST', '/api/meetings/find-times', {
      token: sara,
      body: findTimes,
    });
    expect(found.status).toBe(200);
    expect(found.body.suggestions).toHaveLength(5);
    expect(found.body.suggestions[0]).toEqual({
      start: '2019-04-18T23:00:00.000Z',
      end: '2019-04-19T00:00:00.000Z',
      confidence: 100,
      attendeeAvailability: [{ personId: ALEX.id, availability: 'free' }],
    });
    const [asked, ...more] = graphCalls('/me/findMeetingTimes');
    expect(more).toHaveLength(0);
    const attendees = (asked?.body as { attendees: { emailAddress: { address: string } }[] })
      .attendees;
    expect(attendees.map((a) => a.emailAddress.address)).toEqual([SARA.mail, ALEX.mail]);
  });

  it('books one Teams meeting in Graph, however often the request is sent', async () => {
    const body = {
      attendeeIds: [ALEX.id],
      start: new Date(Date.parse(windowStart) + 3_600_000).toISOString(),
      end: new Date(Date.parse(windowStart) + 5_400_000).toISOString(),
      subject: 'Mid-year review',
      agenda: 'Goals this half',
    };
    const first = await host.call('POST', '/api/meetings', { token: sara, body });
    const again = await host.call('POST', '/api/meetings', { token: sara, body });
    expect(first.status).toBe(201);
    expect(first.body.joinUrl).toBe(created.onlineMeeting.joinUrl);
    expect(again.body.eventId).toBe(first.body.eventId);
    const creates = graphCalls('/me/events');
    expect(creates).toHaveLength(2);
    for (const create of creates) {
      expect(create.body).toMatchObject({
        transactionId: first.body.transactionId,
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
      });
    }
    expect(host.org.events.size).toBe(1);
  });

  it("books the team's reviews inside everyone's Graph working hours in 3 Graph calls", async () => {
    const body = { durationMinutes: 45, windowStart, windowEnd, subject: 'Review' };
    const res = await host.call('POST', '/api/meetings/schedule-team', { token: sara, body });
    expect(res.status).toBe(200);
    const items = res.body.items as { personId: string; status: string; start: string }[];
    expect(items.map((i) => [i.personId, i.status]).sort()).toEqual([
      [ADELE.id, 'booked'],
      [ALEX.id, 'booked'],
    ]);
    const hour = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Los_Angeles',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    for (const item of items) {
      expect(Number(hour.format(new Date(item.start)))).toBeGreaterThanOrEqual(8);
      expect(Number(hour.format(new Date(item.start)))).toBeLessThan(17);
    }
    // Mailbox lookup + getSchedule to plan, one $batch to book (the addresses are known by then).
    expect(host.graph.httpCalls.map((c) => c.path)).toEqual([
      '/$batch',
      `/users/${SARA.id}/calendar/getSchedule`,
      '/$batch',
    ]);
  });
});
