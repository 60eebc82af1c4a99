import autocannon from 'autocannon';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { pacedLoad } from './paced-load.js';

interface ClientContext {
  index?: number;
  sent?: number;
}

/**
 * Runs one load (autocannon; `pacedLoad` when the spec has a think time), in its own process so
 * the generator never shares an event loop with the server it measures: reads a `LoadSpec`
 * (JSON) from stdin, prints a `LoadResult`.
 */
async function main(): Promise<void> {
  const spec = JSON.parse(await readStdin()) as LoadSpec;
  const thinkMs = spec.thinkMs;
  const summary =
    thinkMs === undefined ? await autocannonLoad(spec) : await pacedLoad({ ...spec, thinkMs });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

async function autocannonLoad(spec: LoadSpec): Promise<LoadResult> {
  let nextClient = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    ...(spec.amount === undefined ? {} : { amount: spec.amount }),
    requests: [
      {
        method: spec.method,
        setupRequest: (request, context: ClientContext) => {
          context.index ??= nextClient++;
          const client = spec.clients[context.index % spec.clients.length];
          if (!client) return request;
          const sent = (context.sent ?? 0) + 1;
          context.sent = sent;
          const bodies = client.bodies ?? [];
          const body = bodies.length > 0 ? bodies[sent % bodies.length] : undefined;
          return {
            ...request,
            path: client.path,
            headers: client.headers,
            ...(body ? { body } : {}),
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    ok: result['2xx'],
    notOk: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

main().catch((error: unknown) => {
  process.stderr.write(`autocannon worker failed: ${String(error)}\n`);
  process.exit(1);
});
