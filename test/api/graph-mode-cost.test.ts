import {
  graphFixture,
  type GraphCall,
  type GraphReply,
} from '../../functions/src/adapters/graph/graph-test-server.js';
import type { TimeRange } from '../../functions/src/ports/calendar.js';
import { expectedCost, graphCost } from './graph-mode-cost.js';
import { GeneratedOrg } from './graph-mode-generated-org.js';
import {
  inPacificWorkingHours,
  reviewWindow,
  type GeneratedTeam,
} from './graph-mode-generated-people.js';
import { startGraphModeHost, type GraphModeHost } from './graph-mode-host.js';

/** Teams measured, and one more of 20 for the throttled run. */
const SIZES = [5, 20, 100];
const THROTTLED_SIZE = 20;
const throttled = graphFixture('throttling-429.response.json') as GraphReply;

interface Booking extends TimeRange {
  personId: string;
  status: string;
}

const overlaps = (a: TimeRange, b: TimeRange): boolean => a.start < b.end && b.start < a.end;
const byPerson = (a: { personId: string }, b: { personId: string }) =>
  a.personId.localeCompare(b.personId);

describe('Graph mode: what booking N reviews costs in Graph calls', () => {
  const window = reviewWindow();
  const org = new GeneratedOrg([...SIZES, THROTTLED_SIZE], window);
  const body = { durationMinutes: 30, windowStart: window.start, windowEnd: window.end };
  let host: GraphModeHost<GeneratedOrg>;

  beforeAll(async () => {
    host = await startGraphModeHost(org);
  });
  afterAll(() => host.close());

  async function scheduleTeam(token: string, fault?: (call: GraphCall) => GraphReply | undefined) {
    host.graphWith(fault);
    const grants = host.entra.grants.length;
    const res = await host.call('POST', '/api/meetings/schedule-team', {
      token,
      body: { ...body, subject: 'Review' },
    });
    expect(res.status).toBe(200);
    const items = res.body.items as Booking[];
    return {
      items,
      cost: graphCost(host.graph.calls),
      exchanges: host.entra.grants.length - grants,
    };
  }

  /** Every report booked once, inside working hours, clear of every busy block and each other. */
  function expectSoundBookings(team: GeneratedTeam, items: Booking[]): void {
    const reports = [...team.reports].sort((a, b) => a.id.localeCompare(b.id));
    expect(items.map((i) => [i.personId, i.status]).sort()).toEqual(
      reports.map((r) => [r.id, 'booked']),
    );
    const sorted = [...items].sort((a, b) => a.start.localeCompare(b.start));
    sorted.forEach((item, i) => {
      expect(inPacificWorkingHours(item)).toBe(true);
      expect(item.end <= (sorted[i + 1]?.start ?? item.end)).toBe(true);
      const report = team.reports.find((r) => r.id === item.personId);
      const busy = [...team.manager.busy, ...(report?.busy ?? [])];
      expect(busy.filter((b) => overlaps(b, item))).toEqual([]);
    });
    const mailOf = new Map(team.reports.map((r) => [r.mail, r.id]));
    const events = org.eventsOf(team).map((e) => ({
      personId: e.attendeeMails.map((m) => mailOf.get(m)).join(),
      start: e.start,
      end: e.end,
    }));
    expect(events.sort(byPerson)).toEqual(
      [...items].sort(byPerson).map(({ personId, start, end }) => ({ personId, start, end })),
    );
  }

  it.each(SIZES.map((n, index) => [n, index]))(
    'books %i reports in exactly the calls the formula gives; a re-run books nothing twice',
    async (n, index) => {
      const team = org.teams[index] as GeneratedTeam;
      const token = await host.entra.signIn(team.manager.id, team.manager.displayName);
      const first = await scheduleTeam(token);
      expectSoundBookings(team, first.items);
      expect(first.cost).toEqual(expectedCost(n, org.pageSize, 'cold'));
      expect(first.exchanges).toBe(1);

      const booked = structuredClone(org.eventsOf(team));
      const again = await scheduleTeam(token);
      expect(again.cost).toEqual(expectedCost(n, org.pageSize, 'warm'));
      expect(again.exchanges).toBe(0);
      expect(org.eventsOf(team)).toEqual(booked);
      // Graph answers a repeated transactionId with the event it made: the times first booked.
      expect(again.items.sort(byPerson)).toEqual(first.items.sort(byPerson));
    },
    // 100 reports take the planner a few seconds, twice.
    15_000,
  );

  it('sends only the item throttled inside a $batch again, after its Retry-After, once', async () => {
    const team = org.teams[SIZES.length] as GeneratedTeam;
    const token = await host.entra.signIn(team.manager.id, team.manager.displayName);
    const creates: { transactionId: string; at: number }[] = [];
    const run = await scheduleTeam(token, (call) => {
      if (!call.batched || call.path !== '/me/events') return undefined;
      creates.push({
        transactionId: (call.body as { transactionId: string }).transactionId,
        at: Date.now(),
      });
      if (creates.length !== 3) return undefined;
      // The documented 429, its Retry-After shortened from 10 s.
      return {
        ...throttled,
        headers: { 'Retry-After': '0.2', 'Content-Type': 'application/json' },
      };
    });
    expectSoundBookings(team, run.items);
    const cold = expectedCost(THROTTLED_SIZE, org.pageSize, 'cold');
    expect(run.cost).toEqual({
      ...cold,
      total: cold.total + 1,
      batch: cold.batch + 1,
      subRequests: cold.subRequests + 1,
    });
    const [, , refused] = creates;
    expect(creates.slice(THROTTLED_SIZE)).toEqual([
      { transactionId: refused?.transactionId, at: expect.any(Number) },
    ]);
    expect(new Set(creates.map((c) => c.transactionId)).size).toBe(THROTTLED_SIZE);
    expect((creates.at(-1)?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(195);
    const lastBatch = host.graph.httpCalls.filter((c) => c.path === '/$batch').at(-1);
    expect((lastBatch?.body as { requests: unknown[] }).requests).toHaveLength(1);
    expect(org.eventsOf(team)).toHaveLength(THROTTLED_SIZE);
  });
});
