import type { Person } from '@northstar/shared';
import type { BenchHost } from '../host/bench-host-process.js';
import type { BenchTokens } from '../host/bench-tokens.js';
import type { CapturedResponse } from '../load/bare-server.js';
import type { LoadResult } from '../load/load-spec.js';
import { runLoad } from '../load/run-load.js';
import { spawnServer } from '../load/spawn-server.js';

/** One read under load, beside the bare server answering its bytes. */
export interface ReadFigure {
  name: string;
  responseBytes: number;
  /** As fast as the server answers (each client sends its next request at once). */
  host: LoadResult;
  bare: LoadResult;
  /** Host req/s over bare req/s (the budget asks for at least 0.5 on a simple read). */
  throughputRatio: number;
  /** Each client waiting `THINK_MS` between requests: the latency a person sees. */
  hostPaced: LoadResult;
  barePaced: LoadResult;
}

/** A read to measure: a path and who asks. */
export interface BenchRead {
  name: string;
  path: string;
  caller: Person;
}

const CONNECTIONS = 100;
/** Think time of a paced client: 100 clients then offer about 1,000 requests a second. */
export const THINK_MS = 100;
/** Load before each measured run, so both servers are measured with their code optimised. */
const WARM_UP_SECONDS = 2;
/** Hop-by-hop or per-response headers the bare server sets itself. */
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

/**
 * Each read at 100 concurrent clients against the host, then against a bare `node:http`
 * answering the same bytes: first as fast as each server answers (throughput), then paced.
 */
export async function benchReads(
  host: BenchHost,
  tokens: BenchTokens,
  reads: readonly BenchRead[],
  durationSeconds: number,
): Promise<ReadFigure[]> {
  const figures: ReadFigure[] = [];
  for (const read of reads) {
    const headers = { authorization: `Bearer ${await tokens(read.caller)}` };
    const captured = await capture(`${host.baseUrl}${read.path}`, headers);
    const measure = readLoads(read.path, headers, durationSeconds);
    const onHost = await measure(host.baseUrl);
    const bare = await spawnServer('test/bench/load/bare-server.ts', {
      input: JSON.stringify(captured),
    });
    const onBare = await measure(bare.baseUrl).finally(() => bare.stop());
    figures.push({
      name: read.name,
      responseBytes: Buffer.byteLength(captured.body),
      host: onHost.saturated,
      bare: onBare.saturated,
      throughputRatio: onHost.saturated.requestsPerSecond / onBare.saturated.requestsPerSecond,
      hostPaced: onHost.paced,
      barePaced: onBare.paced,
    });
  }
  return figures;
}

/** The warm-up, saturated and paced loads of one read, against a server at a base URL. */
function readLoads(path: string, headers: Record<string, string>, seconds: number) {
  const load = (url: string, durationSeconds: number, thinkMs?: number) =>
    runLoad({
      url,
      method: 'GET',
      connections: CONNECTIONS,
      durationSeconds,
      clients: [{ path, headers }],
      ...(thinkMs === undefined ? {} : { thinkMs }),
    });
  return async (url: string) => {
    await load(url, WARM_UP_SECONDS);
    const saturated = await load(url, seconds);
    const paced = await load(url, seconds, THINK_MS);
    return { saturated, paced };
  };
}

/** The host's answer to one request, to replay from the bare server. */
async function capture(url: string, headers: Record<string, string>): Promise<CapturedResponse> {
  const response = await fetch(url, { headers });
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${String(response.status)}: ${body}`);
  const replayed: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (!NOT_REPLAYED.has(key)) replayed[key] = value;
  });
  return { status: response.status, headers: replayed, body };
}
