import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../functions/src/config/config.js';
import { createApp, type App } from '../../functions/src/compose.js';
import { createLocalHost } from '../../functions/src/local/local-host.js';
import type { Clock } from '../../functions/src/ports/clock.js';
import { startCosmosTestServer } from '../contract/cosmos-test-server.js';

/** A running local host on a random port with a fresh SQLite store and the seeded demo. */
export interface TestHost {
  baseUrl: string;
  app: App;
  dataDir: string;
  /** Signs in a demo person through the dev routes and returns a bearer token. */
  signIn(personId: string): Promise<string>;
  /** Calls the API; `token` adds the bearer header, an object `body` is sent as JSON. */
  call(
    method: string,
    path: string,
    options?: {
      token?: string;
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
    },
  ): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/** Starts the app exactly as `npm start` does, but on port 0 and a temporary data dir. */
export async function startTestHost(
  options: { clock?: Clock; dataDir?: string; store?: 'sqlite' | 'cosmos' } = {},
): Promise<TestHost> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'northstar-api-')));
  // The Cosmos run uses the in-process Cosmos-compatible server over real HTTPS.
  const cosmos = options.store === 'cosmos' ? await startCosmosTestServer() : null;
  const config = loadConfig({
    NORTHSTAR_DATA_DIR: dataDir,
    PORT: '0',
    ...(cosmos
      ? {
          COSMOS_ENDPOINT: cosmos.endpoint,
          COSMOS_KEY: cosmos.key,
          COSMOS_CREATE_CONTAINERS: 'true',
        }
      : {}),
  });
  const app = await createApp(config, options.clock);
  const server = createLocalHost({
    routes: app.routes,
    verifier: app.services.verifier,
    staticDir: null,
    log: () => {},
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const call: TestHost['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(baseUrl + path, { method, headers, body });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? undefined : JSON.parse(text),
    };
  };

  return {
    baseUrl,
    app,
    dataDir,
    call,
    async signIn(personId) {
      const known = tokens.get(personId);
      if (known) return known;
      const response = await call('POST', '/api/dev/sign-in', { body: { personId } });
      if (response.status !== 200)
        throw new Error(`sign-in as ${personId} failed: ${response.status}`);
      tokens.set(personId, response.body.token);
      return response.body.token as string;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await cosmos?.stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
