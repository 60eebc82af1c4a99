import type { NewEvent } from '../../ports/calendar.js';
import { graphCalendarFor } from './graph-calendar.js';
import {
  graphFixture,
  GraphTestServer,
  type GraphCall,
  type GraphReply,
} from './graph-test-server.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const created = graphFixture('create-event-online-meeting.response.json') as Record<
  string,
  unknown
>;
const event = (n: number): NewEvent => ({
  start: '2026-11-30T09:00:00.000Z',
  end: '2026-11-30T09:30:00.000Z',
  organizerId: 'manager',
  attendeeIds: [`report-${n}`],
  subject: `Review ${n}`,
  bodyHtml: '<p>Agenda: goals, feedback</p>',
  transactionId: `tx-${n}`,
  timeZone: 'Europe/Berlin',
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
type Fault = 'lost-answer' | 'forbidden' | undefined;

/**
 * Graph's calendar as far as booking goes: one event per transactionId (a repeat gets the
 * event already made). `fault(tx)` breaks a create: `lost-answer` books, then answers 503.
 */
class FakeCalendar {
  readonly events = new Map<string, { id: string; body: Record<string, unknown> }>();
  fault: (tx: string) => Fault = () => undefined;

  route = (call: GraphCall): GraphReply | undefined => {
    const person = /^\/users\/([^/?]+)\?\$select=id,mail/.exec(call.path)?.[1];
    if (person) return { status: 200, body: { id: person, mail: `${person}@contoso.com` } };
    if (call.path !== '/me/events' || call.method !== 'POST') return undefined;
    const body = call.body as { transactionId: string };
    const fault = this.fault(body.transactionId);
    if (fault === 'forbidden')
      return { status: 403, body: { error: { code: 'ErrorAccessDenied' } } };
    const stored = this.events.get(body.transactionId) ?? {
      id: `evt-${this.events.size + 1}`,
      body,
    };
    this.events.set(body.transactionId, stored);
    if (fault === 'lost-answer')
      return { status: 503, body: { error: { code: 'x', message: 'gone' } } };
    return { status: 201, body: { ...created, id: stored.id, transactionId: body.transactionId } };
  };
}

describe('GraphCalendarService booking on a local Graph', () => {
  let server: GraphTestServer;
  let graph: FakeCalendar;
  const calendar = () =>
    graphCalendarFor(
      {
        tokens: { tokenFor: () => Promise.resolve('obo') },
        client: { fetch: server.fetch, retry: { sleep: () => Promise.resolve() } },
      },
      'manager-jwt',
    );
  const posts = () => server.calls.filter((c) => c.path === '/me/events');
  const batchSizes = () =>
    server.httpCalls.map((c) =>
      (c.body as { requests: { url: string }[] }).requests.map((r) => r.url),
    );

  beforeAll(async () => {
    server = await GraphTestServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    graph = new FakeCalendar();
    server.reset(graph.route);
  });

  it('creates a Teams meeting with the agenda and a transactionId', async () => {
    const result = await calendar().createEvent(TENANT, 'manager', event(1));
    expect(result).toEqual({
      eventId: 'evt-1',
      joinUrl: (created.onlineMeeting as { joinUrl: string }).joinUrl,
      transactionId: 'tx-1',
      // The fake answers with the documented event, whose own times are read back.
      start: '2017-04-15T18:00:00.000Z',
      end: '2017-04-15T19:00:00.000Z',
    });
    expect(posts()[0]?.body).toEqual({
      subject: 'Review 1',
      body: { contentType: 'HTML', content: '<p>Agenda: goals, feedback</p>' },
      start: { dateTime: '2026-11-30T10:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-11-30T10:30:00', timeZone: 'Europe/Berlin' },
      attendees: [{ type: 'required', emailAddress: { address: 'report-1@contoso.com' } }],
      allowNewTimeProposals: true,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'tx-1',
    });
  });

  it('retries a create whose answer was lost with the same transactionId: booked once', async () => {
    let first = true;
    graph.fault = () => (first ? ((first = false), 'lost-answer') : undefined);
    const result = await calendar().createEvent(TENANT, 'manager', event(1));
    expect(result.eventId).toBe('evt-1');
    expect(posts().map((c) => (c.body as { transactionId: string }).transactionId)).toEqual([
      'tx-1',
      'tx-1',
    ]);
    expect(graph.events.size).toBe(1);
  });

  it.each([
    [1, 1, 1],
    [20, 1, 1],
    [21, 2, 2],
    [40, 2, 2],
    [41, 3, 3],
  ])('books %i reviews in %i lookup and %i create $batch calls', async (n, lookups, creates) => {
    const outcomes = await calendar().createEvents(TENANT, 'manager', range(n).map(event));
    expect(outcomes.every((o) => o.status === 'created')).toBe(true);
    const calls = batchSizes();
    expect(calls).toHaveLength(lookups + creates);
    const createSizes = calls.filter((urls) => urls[0] === '/me/events').map((urls) => urls.length);
    expect(createSizes).toEqual(range(creates).map((i) => Math.min(20, n - (i - 1) * 20)));
    expect(graph.events.size).toBe(n);
  });

  it('after a partial failure, booking the same reviews again books no duplicates', async () => {
    const reviews = range(25).map(event);
    graph.fault = (tx) =>
      tx === 'tx-7' ? 'forbidden' : ['tx-5', 'tx-22'].includes(tx) ? 'lost-answer' : undefined;
    const first = await calendar().createEvents(TENANT, 'manager', reviews);
    expect(first.filter((o) => o.status === 'failed')).toEqual([
      {
        transactionId: 'tx-5',
        status: 'failed',
        code: 'upstream_unavailable',
        message: expect.any(String) as string,
      },
      {
        transactionId: 'tx-7',
        status: 'failed',
        code: 'forbidden',
        message: expect.any(String) as string,
      },
      {
        transactionId: 'tx-22',
        status: 'failed',
        code: 'upstream_unavailable',
        message: expect.any(String) as string,
      },
    ]);
    const bookedBefore = new Map([...graph.events].map(([tx, e]) => [tx, e.id]));
    graph.fault = () => undefined;
    const second = await calendar().createEvents(TENANT, 'manager', reviews);
    expect(second.every((o) => o.status === 'created')).toBe(true);
    expect(graph.events.size).toBe(25);
    for (const o of second) {
      const before = bookedBefore.get(o.transactionId);
      if (o.status === 'created' && before) expect(o.event.eventId).toBe(before);
    }
    expect(bookedBefore.size).toBe(24); // tx-5 and tx-22 were booked though their answers were lost
  });

  it('refuses events organized by someone else, without calling Graph', async () => {
    await expect(calendar().createEvents(TENANT, 'someone-else', [event(1)])).rejects.toMatchObject(
      {
        code: 'validation',
      },
    );
    expect(server.calls).toHaveLength(0);
  });
});
