import { base64url, generateKeyPair, SignJWT } from 'jose';
import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  FABRIKAM_TENANT_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { searchActivity } from './bot-activities.js';
import {
  LocalBotFramework,
  SERVICE_URL,
  startEntraBotHost,
  type EntraBotHost,
} from './bot-framework-tokens.js';
import { expectProblem } from './problem-assertions.js';

const now = (): number => Math.floor(Date.now() / 1000);
const encode = (value: object): string => base64url.encode(JSON.stringify(value));

/** A search from the employee of `tenantId`, sent from the documented Americas channel service. */
function teamsSearch(tenantId = CONTOSO_TENANT_ID, from = DEMO_EMPLOYEE_ID) {
  const activity = searchActivity(from, 'failover');
  activity.serviceUrl = SERVICE_URL;
  activity.conversation = { ...activity.conversation, tenantId };
  return activity;
}

describe('Bot Framework tokens on /api/messages (AUTH_MODE=entra)', () => {
  let botFramework: LocalBotFramework;
  let host: EntraBotHost;
  beforeAll(async () => {
    botFramework = await LocalBotFramework.start();
    host = await startEntraBotHost(botFramework.jwksUrl);
  });
  afterAll(async () => {
    await host.close();
    await botFramework.close();
  });

  const send = async (token: string | undefined, body: unknown = teamsSearch()) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${host.baseUrl}/api/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text && JSON.parse(text) };
  };

  it('answers an activity whose channel token is valid', async () => {
    const res = await send(await botFramework.sign());
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.type).toBe('result');
    expect(res.body.composeExtension.attachments.length).toBeGreaterThan(0);
  });

  it('accepts a token that expired within the 5 minute clock skew', async () => {
    const token = await botFramework.sign(botFramework.claims({ exp: now() - 120 }));
    expect((await send(token)).status).toBe(200);
  });

  it('accepts the serviceUrl without its trailing slash', async () => {
    const activity = { ...teamsSearch(), serviceUrl: SERVICE_URL.replace(/\/$/, '') };
    expect((await send(await botFramework.sign(), activity)).status).toBe(200);
  });

  it.each<[string, () => Promise<string | undefined>, RegExp]>([
    ['no token', () => Promise.resolve(undefined), /missing bearer token/],
    [
      'a wrong issuer',
      () => botFramework.sign(botFramework.claims({ iss: 'https://sts.windows.net/x/' })),
      /"iss" claim/,
    ],
    [
      'a wrong audience',
      () => botFramework.sign(botFramework.claims({ aud: 'other-bot' })),
      /"aud"/,
    ],
    [
      'an expired token',
      () => botFramework.sign(botFramework.claims({ exp: now() - 600 })),
      /expired/,
    ],
    [
      'a token not yet valid',
      () => botFramework.sign(botFramework.claims({ nbf: now() + 600 })),
      /not yet/,
    ],
    [
      'a token for another channel service',
      () =>
        botFramework.sign(
          botFramework.claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }),
        ),
      /serviceUrl/,
    ],
    [
      'a token without a serviceurl claim',
      () => botFramework.sign(botFramework.claims({ serviceurl: undefined })),
      /serviceurl/,
    ],
    [
      'an unsigned token (alg none)',
      () =>
        Promise.resolve(`${encode({ alg: 'none', typ: 'JWT' })}.${encode(botFramework.claims())}.`),
      /algorithm/,
    ],
    [
      'an HS256 token',
      () =>
        new SignJWT(botFramework.claims())
          .setProtectedHeader({ alg: 'HS256', kid: 'bot-framework-test-key' })
          .sign(new TextEncoder().encode('a shared secret of thirty-two bytes!')),
      /algorithm/,
    ],
    [
      'a token signed by another key',
      async () =>
        botFramework.sign(botFramework.claims(), (await generateKeyPair('RS256')).privateKey),
      /signature/,
    ],
    ['a token that is not a JWT', () => Promise.resolve('not.a.jwt'), /malformed|invalid/],
  ])('refuses %s with a 401 problem', async (_case, token, reason) => {
    const res = await send(await token());
    const problem = expectProblem(res, 401);
    expect(problem.detail).toMatch(reason);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses an activity whose serviceUrl is not the token’s before answering it', async () => {
    const activity = { ...teamsSearch(), serviceUrl: 'https://evil.example/amer/' };
    expectProblem(await send(await botFramework.sign(), activity), 401);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'a tenant that is not allowed',
      teamsSearch(FABRIKAM_TENANT_ID, 'marcus-bell'),
      /does not use/,
    ],
    ['a user the directory lacks', teamsSearch(CONTOSO_TENANT_ID, 'nobody'), /directory/],
    ['no tenant', { ...teamsSearch(), conversation: { id: 'c-1' } }, /tenant/],
  ])('answers a valid token from %s with a message, not data', async (_case, activity, why) => {
    const res = await send(await botFramework.sign(), activity);
    expect(res.status).toBe(200);
    expect(res.body.composeExtension).toEqual({
      type: 'message',
      text: expect.stringMatching(why),
    });
  });

  it('takes the tenant from channelData when the conversation lacks it', async () => {
    const activity = {
      ...teamsSearch(),
      conversation: { id: 'c-1' },
      channelData: { tenant: { id: CONTOSO_TENANT_ID } },
    };
    const res = await send(await botFramework.sign(), activity);
    expect(res.body.composeExtension.type).toBe('result');
  });
});

describe('AUTH_MODE=entra without BOT_APP_ID', () => {
  let botFramework: LocalBotFramework;
  let host: EntraBotHost;
  beforeAll(async () => {
    botFramework = await LocalBotFramework.start();
    host = await startEntraBotHost(botFramework.jwksUrl, { BOT_APP_ID: undefined });
  });
  afterAll(async () => {
    await host.close();
    await botFramework.close();
  });

  it('refuses every activity, a valid-looking token included', async () => {
    const response = await fetch(`${host.baseUrl}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await botFramework.sign()}`,
      },
      body: JSON.stringify(teamsSearch()),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/BOT_APP_ID/);
  });
});
