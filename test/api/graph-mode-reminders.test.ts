import { buildTimers } from '../../functions/src/routes.js';
import type { Clock } from '../../functions/src/ports/clock.js';
import { TENANT } from './graph-mode-entra.js';
import { startGraphModeHost, type GraphModeHost } from './graph-mode-host.js';
import { FakeOrg, SARA } from './graph-mode-org.js';

const TEAMS_APP_ID = '3d4c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09';
const DAY = 86_400_000;
/** Wednesday 18 November 2026, 10:00 in Los Angeles (Sara's working hours are 08:00-17:00). */
const CREATED = Date.parse('2026-11-18T18:00:00Z');

/** A clock the test moves. */
class TestClock implements Clock {
  at = CREATED;
  now(): Date {
    return new Date(this.at);
  }
}

describe('Graph mode: the reminder timer sends to the Teams activity feed as the app', () => {
  let host: GraphModeHost;
  const clock = new TestClock();
  let goalId: string;

  beforeAll(async () => {
    host = await startGraphModeHost(
      new FakeOrg(),
      { TEAMS_APP_ID, APP_DOMAIN: 'northstar.example.com', ENTRA_ALLOWED_TENANTS: TENANT },
      clock,
    );
    const sara = await host.entra.signIn(SARA.id, SARA.displayName);
    const created = await host.call('POST', '/api/goals', {
      token: sara,
      body: {
        title: 'Close the books in three days',
        level: 'individual',
        startDate: '2026-11-18',
        dueDate: '2027-01-29',
      },
    });
    expect(created.status).toBe(201);
    goalId = created.body.id as string;
  });
  afterAll(() => host.close());

  const runTimer = async () => {
    const timer = buildTimers(host.app.services).find((t) => t.name === 'sendReminders');
    const lines: string[] = [];
    await timer?.run((line) => lines.push(line));
    return lines;
  };

  it('sends nothing while no check-in is due', async () => {
    clock.at = CREATED + DAY;
    host.graphWith();
    await runTimer();
    expect(host.graph.activityNotifications).toEqual([]);
  });

  it("nudges Sara in her working hours once her check-in is due, with the app's token", async () => {
    clock.at = CREATED + 8 * DAY;
    host.graphWith();
    const grants = host.entra.grants.length;
    await runTimer();
    expect(host.graph.activityNotifications).toEqual([
      {
        userId: SARA.id,
        body: expect.objectContaining({
          activityType: 'checkInDue',
          templateParameters: [{ name: 'goalTitle', value: 'Close the books in three days' }],
        }),
      },
    ]);
    const [sent] = host.graph.activityNotifications;
    const link = new URL((sent?.body as { topic: { webUrl: string } }).topic.webUrl);
    expect(link.origin + link.pathname).toBe(
      `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/goals`,
    );
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: goalId });
    expect(host.entra.grants.slice(grants)).toEqual([expect.objectContaining({ app: true })]);
    const paths = host.graph.httpCalls.map((c) => c.path.split('?')[0]);
    expect(paths.filter((p) => p?.startsWith('/me'))).toEqual([]);
  });

  it('does not send the same reminder again in the same week', async () => {
    clock.at += 2 * 3_600_000;
    host.graphWith();
    await runTimer();
    expect(host.graph.activityNotifications).toEqual([]);
  });
});
