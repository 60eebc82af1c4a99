import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../ports/errors.js';
import type { Identity, TokenVerifier } from '../http/auth/identity.js';
import { defineRoute } from '../http/define-route.js';
import { MAX_BODY_BYTES } from '../http/read-body.js';
import { createLocalHost } from './local-host.js';

const INDEX = '<!doctype html><title>Northstar tab</title>';

class RejectingVerifier implements TokenVerifier {
  verify(): Promise<Identity> {
    return Promise.reject(new DomainError('unauthenticated', 'no tokens here'));
  }
}

const ROUTES = [
  defineRoute({
    name: 'echo',
    method: 'POST',
    path: '/echo',
    summary: 'Echo',
    authenticate: false,
    body: z.object({ text: z.string() }),
    handler: ({ body }) => Promise.resolve({ body }),
  }),
  defineRoute({
    name: 'broken',
    method: 'GET',
    path: '/broken',
    summary: 'Fails',
    authenticate: false,
    handler: () => Promise.reject(new Error('disk on fire')),
  }),
];

/** Sends `HEAD /` over a raw socket, so a body the server wrongly sent would be visible. */
function rawHead(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString()));
    socket.on('error', reject);
  });
}

describe('createLocalHost', () => {
  const state: { server?: Server; base?: string; url?: string; port?: number; logged: string[] } = {
    logged: [],
  };
  const url = (path: string) => `${state.url ?? ''}${path}`;

  beforeAll(async () => {
    state.base = await mkdtemp(join(tmpdir(), 'northstar-host-'));
    const staticDir = join(state.base, 'dist');
    await mkdir(join(staticDir, 'assets'), { recursive: true });
    await writeFile(join(staticDir, 'index.html'), INDEX);
    await writeFile(join(staticDir, 'assets', 'app-1.js'), 'export {};');
    const server = createLocalHost({
      routes: ROUTES,
      verifier: new RejectingVerifier(),
      staticDir,
      log: (line) => state.logged.push(line),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.server = server;
    state.port = (server.address() as AddressInfo).port;
    state.url = `http://127.0.0.1:${String(state.port)}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => state.server?.close(resolve));
    if (state.base) await rm(state.base, { recursive: true, force: true });
  });

  it('serves the tab at / with headers that let Teams frame it', async () => {
    const res = await fetch(url('/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.cloud.microsoft',
      'https://outlook.office.com',
      'https://*.office.com',
      'https://*.microsoft365.com',
    ]) {
      expect(csp).toMatch(new RegExp(`frame-ancestors [^;]*${host.replace(/[.*]/g, '\\$&')}`));
    }
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves a hashed asset as immutable JavaScript', async () => {
    const res = await fetch(url('/assets/app-1.js'));
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('serves /api/messages from the route table like any API path (no reserved bot path)', async () => {
    const res = await fetch(url('/api/messages'), { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it.each([['/api/x'], ['/api'], ['/api/echo/more']])(
    'answers the unknown API path %s with a 404 problem, not the tab',
    async (path) => {
      const res = await fetch(url(path));
      const text = await res.text();
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(text).not.toContain('<!doctype');
      expect(JSON.parse(text)).toMatchObject({ status: 404 });
    },
  );

  it('answers a wrong method on an API route with 405 and Allow', async () => {
    const res = await fetch(url('/api/echo'));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('runs an API route through the request pipeline', async () => {
    const res = await fetch(url('/api/echo'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"hi"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ text: 'hi' });
  });

  it('answers a failing route with a 500 problem and logs the route, trace id and stack', async () => {
    const res = await fetch(url('/api/broken'));
    const problem = (await res.json()) as { status: number; traceId: string };

    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const line = state.logged.find((l) => l.includes('disk on fire')) ?? '';
    expect(line).toContain(`broken: [${problem.traceId}] broken failed`);
    expect(line).toMatch(/Error: disk on fire\n\s+at /);
  });

  it('refuses a body over 256 KB with the same problem as the pipeline, naming body', async () => {
    const res = await fetch(url('/api/echo'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: res.status,
      code: 'validation',
      errors: [{ field: 'body', message: `must be at most ${String(MAX_BODY_BYTES)} bytes` }],
    });
    expect(res.status).toBe(400);
  });

  it.each<[string, string]>([
    ['POST', '/'],
    ['PUT', '/index.html'],
    ['DELETE', '/assets/app-1.js'],
  ])('answers %s on the static path %s with 405', async (method, path) => {
    expect((await fetch(url(path), { method })).status).toBe(405);
  });

  it('answers HEAD / with 200, the headers and no body', async () => {
    const raw = await rawHead(state.port ?? 0);
    const [head = '', body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head).toMatch(/content-type: text\/html/i);
    expect(body).toBe('');
  });
});
