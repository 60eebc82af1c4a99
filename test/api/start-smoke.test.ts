import { startBuiltHost, type BuiltHost } from '../support/built-host.js';

/**
 * Runs the BUILT local host as `npm start` does (real Node ESM, not jest's CommonJS), so a
 * module that only breaks under Node's loader fails here. `npm test` builds first (pretest).
 */
describe('npm start (built output)', () => {
  let host: BuiltHost;
  let baseUrl: string;

  beforeAll(async () => {
    host = await startBuiltHost();
    baseUrl = host.baseUrl;
  }, 30_000);

  afterAll(() => host.stop());

  it('answers health with the SQLite store and dev auth', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(await response.json()).toEqual({
      status: 'ok',
      store: 'sqlite',
      directory: 'demo',
      auth: 'dev',
    });
  });

  it('serves the tab with a CSP that lets Teams, Outlook and Microsoft 365 frame it', async () => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const host of [
      'https://teams.microsoft.com',
      'https://outlook.office.com',
      'https://*.microsoft365.com',
    ]) {
      expect(csp).toContain(host);
    }
    expect(await response.text()).toContain('<div id="root">');
  });

  it('serves the bot endpoint through the Agents SDK under Node ESM', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke',
        name: 'composeExtension/query',
        channelId: 'msteams',
        serviceUrl: 'http://localhost:56150/',
        from: { id: 'user-1', aadObjectId: 'arjun-mehta' },
        recipient: { id: 'bot-1' },
        conversation: { id: 'conversation-1' },
        value: { commandId: 'searchGoals', parameters: [{ name: 'searchText', value: '' }] },
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ composeExtension: { type: 'result' } });
  });

  it('answers an unknown API path with a problem, not the tab', async () => {
    const response = await fetch(`${baseUrl}/api/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
