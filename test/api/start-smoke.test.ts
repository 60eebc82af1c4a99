import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ENTRY = resolve(__dirname, '../../functions/dist/src/local/start.js');

/**
 * Runs the BUILT local host as `npm start` does (real Node ESM, not jest's CommonJS), so a
 * module that only breaks under Node's loader fails here. `npm test` builds first (pretest).
 */
describe('npm start (built output)', () => {
  let child: ChildProcess;
  let dataDir: string;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'northstar-start-'));
    child = spawn(process.execPath, [ENTRY], {
      env: { ...process.env, PORT: '0', NORTHSTAR_DATA_DIR: dataDir, AUTH_MODE: 'dev' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    baseUrl = await new Promise<string>((done, fail) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /running at (http:\/\/localhost:\d+)\//.exec(output);
        if (found?.[1]) done(found[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => fail(new Error(`start exited with ${String(code)}: ${output}`)));
    });
  }, 30_000);

  afterAll(async () => {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await rm(dataDir, { recursive: true, force: true });
  });

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

  it('keeps the bot endpoint path reserved', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST' });
    expect(response.status).toBe(501);
  });

  it('answers an unknown API path with a problem, not the tab', async () => {
    const response = await fetch(`${baseUrl}/api/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
