import { performance } from 'node:perf_hooks';

/** Latency of one request repeated in sequence (one client: no queueing in the figures). */
export interface SequentialTiming {
  /** The first request, which may fill a cache (e.g. the tenant's goal snapshot). */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  responseBytes: number;
}

/** Sends `send()` `times` times, one after another, each answer read in full. */
export async function timeSequential(
  times: number,
  send: () => Promise<Response>,
): Promise<SequentialTiming> {
  const durations: number[] = [];
  let responseBytes = 0;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const response = await send();
    const body = await response.arrayBuffer();
    durations.push(performance.now() - started);
    if (!response.ok) {
      throw new Error(`answered ${String(response.status)}: ${Buffer.from(body).toString()}`);
    }
    responseBytes = body.byteLength;
  }
  const rest = durations.slice(1).sort((a, b) => a - b);
  const at = (q: number) => rest[Math.min(rest.length - 1, Math.floor(q * rest.length))] ?? 0;
  return {
    firstMs: durations[0] ?? 0,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: rest[rest.length - 1] ?? 0,
    responseBytes,
  };
}
