import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GraphTestServer,
  type GraphCall,
  type GraphReply,
  type GraphRoute,
} from '../../functions/src/adapters/graph/graph-test-server.js';
import { createApp, type App } from '../../functions/src/compose.js';
import { loadConfig } from '../../functions/src/config/config.js';
import { systemClock, type Clock } from '../../functions/src/ports/clock.js';
import { createLocalHost } from '../../functions/src/local/local-host.js';
import { CLIENT_ID, LocalEntra, TENANT } from './graph-mode-entra.js';
import { FakeOrg } from './graph-mode-org.js';

/** The secret the app presents to the local token endpoint. */
export const CLIENT_SECRET = 'graph-mode-test-secret';

/** An organisation the local Graph plays: it answers what it knows, `undefined` otherwise. */
export interface GraphOrg {
  readonly route: GraphRoute;
}

/** The real composition root in Graph mode, over HTTP, with a local Entra and a local Graph. */
export interface GraphModeHost<O extends GraphOrg = FakeOrg> {
  /** Where the local host listens (`http://127.0.0.1:<port>`). */
  baseUrl: string;
  app: App;
  entra: LocalEntra;
  graph: GraphTestServer;
  org: O;
  /** Forgets the calls seen; Graph is `org`, except where `fault` gives a reply first. */
  graphWith(fault?: (call: GraphCall) => GraphReply | undefined): void;
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/**
 * Starts the app exactly as Azure would configure it for Graph (`AUTH_MODE=entra` with a
 * client secret), pointed at the local servers through `ENTRA_JWKS_URL`,
 * `ENTRA_AUTHORITY_HOST` and `GRAPH_BASE_URL`. Graph plays Sara's team ({@link FakeOrg})
 * unless another `org` is given.
 */
export async function startGraphModeHost(): Promise<GraphModeHost>;
export async function startGraphModeHost<O extends GraphOrg>(
  org: O,
  env?: Record<string, string>,
  clock?: Clock,
): Promise<GraphModeHost<O>>;
export async function startGraphModeHost(
  org: GraphOrg = new FakeOrg(),
  env: Record<string, string> = {},
  clock: Clock = systemClock,
): Promise<GraphModeHost<GraphOrg>> {
  const [entra, graph] = await Promise.all([LocalEntra.start(), GraphTestServer.start()]);
  graph.route = org.route;
  const dataDir = await mkdtemp(join(tmpdir(), 'northstar-graph-'));
  const config = loadConfig({
    NORTHSTAR_DATA_DIR: dataDir,
    PORT: '0',
    AUTH_MODE: 'entra',
    ENTRA_CLIENT_ID: CLIENT_ID,
    ENTRA_ALLOWED_TENANTS: TENANT,
    ENTRA_JWKS_URL: entra.jwksUrl,
    ENTRA_CLIENT_SECRET: CLIENT_SECRET,
    ENTRA_AUTHORITY_HOST: entra.origin,
    GRAPH_BASE_URL: graph.baseUrl,
    ...env,
  });
  const app = await createApp(config, clock);
  const server = createLocalHost({
    routes: app.routes,
    verifier: app.services.verifier,
    staticDir: null,
    log: () => {},
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    app,
    entra,
    graph,
    org,
    graphWith(fault = () => undefined) {
      graph.reset((call) => fault(call) ?? org.route(call));
    },
    async call(method, path, { token, body } = {}) {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
      const response = await fetch(baseUrl + path, init);
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text && JSON.parse(text) };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([app.close(), entra.close(), graph.close()]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
