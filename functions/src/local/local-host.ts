import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { TokenVerifier } from '../http/auth/identity.js';
import type { Route } from '../http/define-route.js';
import { handleRequest } from '../http/handle-request.js';
import { problemResponse } from '../http/problem.js';
import { bodyTooLarge, MAX_BODY_BYTES } from '../http/read-body.js';
import { LocalRequest } from './local-request.js';
import { RouteMatcher } from './route-matcher.js';
import { sendResponse } from './send-response.js';
import { securityHeaders } from './security-headers.js';
import { readStaticFile } from './static-files.js';

export interface LocalHostOptions {
  routes: readonly Route[];
  verifier: TokenVerifier;
  /** The built tab; `null` serves the API only. */
  staticDir: string | null;
  log: (line: string) => void;
}

/**
 * Serves the route table over node:http as Azure Functions would run it: each request goes
 * through the same `handleRequest` pipeline, as a `LocalRequest` (what the pipeline reads of
 * Azure's `HttpRequest`) with an invocation id of its own.
 */
export function createLocalHost(options: LocalHostOptions): Server {
  const matcher = new RouteMatcher(options.routes);
  return createServer((req, res) => {
    serve(req, res, matcher, options).catch((error: unknown) => {
      options.log(`local host failed on ${req.method ?? ''} ${req.url ?? ''}: ${String(error)}`);
      if (!res.headersSent) sendProblem(res, 500, 'Something went wrong on our side');
      else res.destroy();
    });
  });
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  matcher: RouteMatcher,
  options: LocalHostOptions,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    const match = matcher.match(method, url.pathname);
    if (match.kind === 'not_found') {
      sendProblem(res, 404, `No API route ${url.pathname}`);
      return;
    }
    if (match.kind === 'method_not_allowed') {
      res.setHeader('allow', match.allowed.join(', '));
      sendProblem(res, 405, `${method} is not allowed on ${url.pathname}`);
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      await sendResponse(res, problemResponse(bodyTooLarge(), randomUUID()));
      return;
    }
    const request = new LocalRequest(
      method,
      `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`,
      url.searchParams,
      req.headers,
      match.params,
      body,
    );
    const context = {
      invocationId: randomUUID(),
      error: (...args: unknown[]) => {
        options.log(`${match.route.name}: ${args.map(describe).join(' ')}`);
      },
    };
    const init = await handleRequest(match.route, request, context, options.verifier);
    await sendResponse(res, init);
    return;
  }
  await serveStatic(res, url.pathname, method, options.staticDir);
}

async function serveStatic(res: ServerResponse, path: string, method: string, root: string | null) {
  if (method !== 'GET' && method !== 'HEAD') {
    sendProblem(res, 405, `${method} is not allowed`);
    return;
  }
  const file = root === null ? null : await readStaticFile(root, path);
  if (!file) {
    sendProblem(res, 404, `Nothing at ${path}`);
    return;
  }
  for (const [key, value] of Object.entries(securityHeaders())) res.setHeader(key, value);
  res.setHeader('content-type', file.contentType);
  res.setHeader(
    'cache-control',
    file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  res.end(method === 'HEAD' ? undefined : file.body);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendProblem(res: ServerResponse, status: number, title: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/problem+json');
  res.end(JSON.stringify({ type: 'about:blank', title, status, code: 'http_' + String(status) }));
}

function describe(value: unknown): string {
  return value instanceof Error ? (value.stack ?? String(value)) : String(value);
}
