import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoadResult, LoadSpec } from './load-spec.js';

/** Requests sent in the first second are not counted: the client process is still warming up. */
const CLIENT_WARM_UP_MS = 1_000;

/**
 * `spec.connections` clients on kept-alive sockets, each sending a GET, waiting for the whole
 * answer, then a think time of `thinkMs` on average before its next one (people reading a
 * screen, not a loop), for `durationSeconds` after a second of warm-up. Clients start spread
 * over the first think time. Latency is measured from send to the last byte of the answer.
 */
export async function pacedLoad(spec: LoadSpec & { thinkMs: number }): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const latencies: number[] = [];
  const counts = { ok: 0, notOk: 0, errors: 0 };
  const measureFrom = performance.now() + CLIENT_WARM_UP_MS;
  const endAt = measureFrom + spec.durationSeconds * 1000;
  const client = async (index: number) => {
    const target = spec.clients[index % spec.clients.length];
    if (!target) return;
    await sleep(Math.random() * spec.thinkMs);
    while (performance.now() < endAt) {
      const sentAt = performance.now();
      const status = await get(agent, `${spec.url}${target.path}`, target.headers);
      if (sentAt >= measureFrom) count(performance.now() - sentAt, status);
      await sleep(thinkTime(spec.thinkMs));
    }
  };
  const count = (ms: number, status: number | null) => {
    latencies.push(ms);
    if (status === null) counts.errors++;
    else if (status >= 200 && status < 300) counts.ok++;
    else counts.notOk++;
  };
  await Promise.all(Array.from({ length: spec.connections }, (_, i) => client(i)));
  agent.destroy();
  return summarize(latencies, counts, spec.durationSeconds);
}

/**
 * A think time drawn from an exponential distribution with mean `meanMs`: people do not click in
 * step. A fixed pause would lock the clients into bursts after any hiccup (all answered
 * together, all back together), measuring the bursts rather than the server.
 */
function thinkTime(meanMs: number): number {
  return -Math.log(1 - Math.random()) * meanMs;
}

function get(agent: Agent, url: string, headers: Record<string, string>): Promise<number | null> {
  return new Promise((done) => {
    const sent = request(url, { agent, headers }, (response) => {
      response.resume();
      response.once('end', () => done(response.statusCode ?? null));
      response.once('error', () => done(null));
    });
    sent.once('error', () => done(null));
    sent.end();
  });
}

function summarize(
  latencies: number[],
  counts: { ok: number; notOk: number; errors: number },
  seconds: number,
): LoadResult {
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requestsPerSecond: Math.round(sorted.length / seconds),
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    maxMs: round(at(1)),
    ...counts,
    timeouts: 0,
  };
}
