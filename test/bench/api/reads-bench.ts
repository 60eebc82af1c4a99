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
  host: LoadResult;
  bare: LoadResult;
  /** Host req/s over bare req/s (the budget asks for at least 0.5). */
  throughputRatio: number;
}

/** A read to measure: a path and who asks. */
export interface BenchRead {
  name: string;
  path: string;
  caller: Person;
}

const CONNECTIONS = 100;
/** Hop-by-hop or per-response headers the bare server sets itself. */
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

/** Each read at 100 concurrent clients against the host, then against a bare `node:http`. */
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
    const load = (url: string) =>
      runLoad({
        url,
        method: 'GET',
        connections: CONNECTIONS,
        durationSeconds,
        clients: [{ path: read.path, headers }],
      });
    const hostResult = await load(host.baseUrl);
    const bare = await spawnServer('test/bench/load/bare-server.ts', {
      input: JSON.stringify(captured),
    });
    const bareResult = await load(bare.baseUrl).finally(() => bare.stop());
    figures.push({
      name: read.name,
      responseBytes: Buffer.byteLength(captured.body),
      host: hostResult,
      bare: bareResult,
      throughputRatio: hostResult.requestsPerSecond / bareResult.requestsPerSecond,
    });
  }
  return figures;
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
