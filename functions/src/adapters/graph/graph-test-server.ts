import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

/** One request the server saw: an HTTP call, or one item of a `$batch`. */
export interface GraphCall {
  method: string;
  /** Path and query after the version (`/users/42?$select=id`), as sent. */
  path: string;
  url: URL;
  headers: IncomingHttpHeaders | Record<string, string>;
  body: unknown;
  /** True for an item inside a `$batch`. */
  batched: boolean;
}

/** What to answer; `undefined` from a route means "default" (see {@link GraphTestServer}). */
export interface GraphReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type GraphRoute = (call: GraphCall) => GraphReply | undefined;

const GRAPH_ORIGIN = 'https://graph.microsoft.com';
const ACTIVITY_NOTIFICATION = /^\/users\/([^/?]+)\/teamwork\/sendActivityNotification$/;

/** One `sendActivityNotification` the server took: to whom, and the request body as sent. */
export interface SentActivityNotification {
  userId: string;
  body: unknown;
}
const NOT_FOUND: GraphReply = {
  status: 404,
  body: { error: { code: 'Request_ResourceNotFound', message: 'Not found in the test server.' } },
};

/** A Graph fixture from `test/fixtures/graph/` (found from the working directory). */
export function graphFixture(name: string, start = process.cwd()): unknown {
  for (let dir = start; ; dir = dirname(dir)) {
    const file = join(dir, 'test', 'fixtures', 'graph', name);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (dirname(dir) === dir) throw new Error(`No Graph fixture ${name} above ${start}`);
  }
}

function toCall(
  method: string,
  path: string,
  headers: GraphCall['headers'],
  body: unknown,
  batched: boolean,
): GraphCall {
  const relative = path.startsWith('/') ? path : `/${path}`;
  return { method, path: relative, url: new URL(relative, GRAPH_ORIGIN), headers, body, batched };
}

/**
 * FOR TESTS: a local HTTP server that plays Microsoft Graph v1.0 with the documented JSON
 * shapes. `route` answers each call; a `$batch` it leaves to the default is split and each
 * item routed on its own, as Graph does. `fetch` is what the adapter is given: it delivers
 * `https://graph.microsoft.com/...` URLs here, so `@odata.nextLink`s stay verbatim.
 */
export class GraphTestServer {
  readonly calls: GraphCall[] = [];
  route: GraphRoute = () => undefined;
  readonly fetch: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${GRAPH_ORIGIN}/`)) return Promise.reject(new Error(`Not Graph: ${url}`));
    return fetch(`${this.origin}${url.slice(GRAPH_ORIGIN.length)}`, init);
  };

  private constructor(
    private readonly server: Server,
    private readonly origin: string,
  ) {}

  static async start(): Promise<GraphTestServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const graph = new GraphTestServer(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const path = (request.url ?? '/').replace(/^\/v1\.0/, '');
        const call = toCall(
          request.method ?? 'GET',
          path,
          request.headers,
          text ? JSON.parse(text) : undefined,
          false,
        );
        const reply = graph.answer(call);
        const headers = { 'Content-Type': 'application/json', ...reply.headers };
        response.writeHead(reply.status, headers);
        response.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
      });
    });
    return graph;
  }

  /** Graph v1.0 on this server: what `GRAPH_BASE_URL` is set to for an app under test. */
  get baseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  /** Every `POST /users/{id}/teamwork/sendActivityNotification` seen, answered or not. */
  get activityNotifications(): SentActivityNotification[] {
    return this.calls.flatMap((call) => {
      const match = call.method === 'POST' ? ACTIVITY_NOTIFICATION.exec(call.path) : null;
      return match?.[1] ? [{ userId: decodeURIComponent(match[1]), body: call.body }] : [];
    });
  }

  /** The HTTP calls only (what Graph would count), not the items inside batches. */
  get httpCalls(): GraphCall[] {
    return this.calls.filter((c) => !c.batched);
  }

  reset(route: GraphRoute): void {
    this.calls.length = 0;
    this.route = route;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }

  private answer(call: GraphCall): GraphReply {
    this.calls.push(call);
    const reply = this.route(call);
    if (reply) return reply;
    if (call.path === '/$batch' && call.method === 'POST') return this.batch(call.body);
    // Graph answers a delivered activity notification with 204 and no body.
    if (call.method === 'POST' && ACTIVITY_NOTIFICATION.test(call.path)) return { status: 204 };
    return NOT_FOUND;
  }

  private batch(body: unknown): GraphReply {
    type Item = {
      id: string;
      method: string;
      url: string;
      headers?: Record<string, string>;
      body?: unknown;
    };
    const items = (body as { requests: Item[] }).requests;
    const responses = items.map((item) => {
      const reply = this.answer(toCall(item.method, item.url, item.headers ?? {}, item.body, true));
      return { id: item.id, status: reply.status, headers: reply.headers ?? {}, body: reply.body };
    });
    return { status: 200, body: { responses } };
  }
}
