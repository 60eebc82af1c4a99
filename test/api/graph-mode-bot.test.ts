import { searchActivity } from './bot-activities.js';
import { BOT_APP_ID, LocalBotFramework, SERVICE_URL } from './bot-framework-tokens.js';
import { goalBody } from './goal-fixtures.js';
import { TENANT } from './graph-mode-entra.js';
import { CLIENT_SECRET, startGraphModeHost, type GraphModeHost } from './graph-mode-host.js';
import { FakeOrg, SARA } from './graph-mode-org.js';

/** Sara's search from a Teams chat in the Graph fixtures' tenant. */
function saraSearches(text: string) {
  const activity = searchActivity(SARA.id, text);
  activity.serviceUrl = SERVICE_URL;
  activity.conversation = { ...activity.conversation, tenantId: TENANT };
  return activity;
}

describe('Graph mode: the bot acts as the app itself (no user token in an activity)', () => {
  let botFramework: LocalBotFramework;
  let host: GraphModeHost;

  beforeAll(async () => {
    botFramework = await LocalBotFramework.start();
    host = await startGraphModeHost(new FakeOrg(), {
      BOT_APP_ID,
      BOT_JWKS_URL: botFramework.jwksUrl,
    });
  });
  afterAll(async () => {
    await host.close();
    await botFramework.close();
  });

  const send = async (body: unknown) => {
    const response = await fetch(`${host.baseUrl}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await botFramework.sign()}`,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it("resolves the sender through Graph with the app's client-credentials token", async () => {
    host.graphWith();
    const res = await send(saraSearches(''));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.type).toBe('result');
    expect(host.entra.grants).toEqual([
      { tenant: TENANT, assertion: '', clientSecret: CLIENT_SECRET, app: true },
    ]);
    const auth = new Set(host.graph.httpCalls.map((c) => c.headers.authorization));
    expect([...auth]).toEqual(['Bearer graph-token-1']);
    // The app has no /me: working hours are read through Sara's own calendar.
    const paths = host.graph.httpCalls.map((c) => `${c.method} ${c.path.split('?')[0]}`);
    expect(paths).toContain(`POST /users/${SARA.id}/calendar/getSchedule`);
    expect(paths.filter((p) => p.includes('/me/'))).toEqual([]);
  });

  it('finds the goal Sara created in the tab, reusing the cached app token', async () => {
    const sara = await host.entra.signIn(SARA.id, SARA.displayName);
    const created = await host.call('POST', '/api/goals', {
      token: sara,
      body: goalBody({ title: 'Close the books in three days' }),
    });
    expect(created.status).toBe(201);
    const grants = host.entra.grants.length;
    const res = await send(saraSearches('books'));
    expect(res.status).toBe(200);
    const titles = res.body.composeExtension.attachments.map(
      (a: { preview: { content: { title: string } } }) => a.preview.content.title,
    );
    expect(titles).toEqual(['Close the books in three days']);
    expect(host.entra.grants.slice(grants).filter((g) => g.app)).toEqual([]);
  });
});
