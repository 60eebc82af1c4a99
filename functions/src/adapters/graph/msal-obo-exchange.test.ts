import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MsalAppTokenExchange, MsalOboExchange } from './msal-obo-exchange.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

const granted: TokenReply = {
  status: 200,
  body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'graph-at' },
};
const aadError = (error: string, code: number, suberror?: string): TokenReply => ({
  status: 400,
  body: { error, error_description: `AADSTS${code}: test`, error_codes: [code], suberror },
});

describe('MsalOboExchange against a local token endpoint', () => {
  let server: Server;
  let host: string;
  let reply: TokenReply;
  const requests: { path: string; form: URLSearchParams }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        requests.push({
          path: (request.url ?? '').split('?')[0] ?? '',
          form: new URLSearchParams(text),
        });
        response.writeHead(reply.status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    requests.length = 0;
    reply = granted;
  });

  const exchange = () =>
    new MsalOboExchange({ clientId: 'app-id', clientSecret: 'app-secret', tokenHost: host });

  it("posts the jwt-bearer OBO grant to the user's tenant and returns the token", async () => {
    const before = Date.now();
    const token = await exchange().exchange(TENANT, 'user.assertion.jwt');
    expect(token.accessToken).toBe('graph-at');
    expect(token.expiresOn.getTime()).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(requests).toHaveLength(1);
    const [{ path, form }] = requests as [(typeof requests)[0]];
    expect(path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(
      Object.fromEntries(
        ['grant_type', 'requested_token_use', 'assertion', 'client_id', 'client_secret'].map(
          (k) => [k, form.get(k)],
        ),
      ),
    ).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: 'user.assertion.jwt',
      client_id: 'app-id',
      client_secret: 'app-secret',
    });
    expect(form.get('scope')?.split(' ')).toContain('https://graph.microsoft.com/.default');
  });

  it('exchanges again each time (the caching is OboTokenProvider’s, not msal’s)', async () => {
    const obo = exchange();
    await obo.exchange(TENANT, 'a');
    await obo.exchange(TENANT, 'a');
    expect(requests).toHaveLength(2);
  });

  it.each<[string, string, TokenReply]>([
    ['an expired assertion (invalid_grant)', 'unauthenticated', aadError('invalid_grant', 500133)],
    ['missing consent', 'forbidden', aadError('invalid_grant', 65001, 'consent_required')],
    [
      'Entra ID unavailable',
      'upstream_unavailable',
      { status: 503, body: { error: 'temporarily_unavailable' } },
    ],
  ])('translates %s to %s', async (_, code, failure) => {
    reply = failure;
    await expect(exchange().exchange(TENANT, 'a')).rejects.toMatchObject({ code });
  });

  it('translates an unreachable token endpoint to upstream_unavailable', async () => {
    const offline = new MsalOboExchange({
      clientId: 'a',
      clientSecret: 's',
      tokenHost: 'http://127.0.0.1:1',
    });
    await expect(offline.exchange(TENANT, 'a')).rejects.toMatchObject({
      code: 'upstream_unavailable',
    });
  });

  it('refuses a tenant id that is not a GUID or domain, without a request', async () => {
    await expect(exchange().exchange('evil/../x', 'a')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(requests).toHaveLength(0);
  });

  it("gets the app's own token with the client-credentials grant in the tenant", async () => {
    const app = new MsalAppTokenExchange({
      clientId: 'app-id',
      clientSecret: 's',
      tokenHost: host,
    });
    await expect(app.exchange(TENANT)).resolves.toMatchObject({ accessToken: 'graph-at' });
    await app.exchange(TENANT);
    expect(requests).toHaveLength(2);
    const [{ path, form }] = requests as [(typeof requests)[0]];
    expect(path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('assertion')).toBeNull();
    expect(form.get('scope')?.split(' ')).toContain('https://graph.microsoft.com/.default');
  });

  it('refuses a bad tenant for the app token too, without a request', async () => {
    const app = new MsalAppTokenExchange({ clientId: 'a', clientSecret: 's', tokenHost: host });
    await expect(app.exchange('evil/../x')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(requests).toHaveLength(0);
  });
});
