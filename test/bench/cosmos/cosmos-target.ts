import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import { createHttpsServer } from '@vercel/cosmosdb-server';

/** The Cosmos account the benchmark loads into, and a fresh database name on it. */
export interface CosmosTarget {
  /** `in-process`: `@vercel/cosmosdb-server` in this process; `account`: BENCH_COSMOS_ENDPOINT. */
  kind: 'in-process' | 'account';
  endpoint: string;
  key: string;
  database: string;
  /** On this machine: self-signed certificate, no region discovery, dev sign-in allowed. */
  local: boolean;
  /** For the loader: keeps connections open and bounds the writes in flight. */
  agent: Agent;
  /** Drops the benchmark's database (or the whole in-process server). */
  stop(): Promise<void>;
}

/** Writes in flight at once while loading: the loader's bound on concurrency. */
export const LOAD_SOCKETS = 48;

const LOCAL_HOST = /^https:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;

/**
 * `BENCH_COSMOS_ENDPOINT` (+ `BENCH_COSMOS_KEY`) when set, an account or the emulator; otherwise
 * the in-process Cosmos-compatible server, which keeps everything in memory. Either way the
 * database is new for this run.
 */
export async function openCosmosTarget(env: NodeJS.ProcessEnv): Promise<CosmosTarget> {
  const database = `northstar-bench-${Date.now().toString(36)}`;
  const endpoint = env.BENCH_COSMOS_ENDPOINT?.trim() ?? '';
  if (endpoint === '') return startInProcess(database);
  const key = env.BENCH_COSMOS_KEY?.trim() ?? '';
  if (key === '') throw new Error('BENCH_COSMOS_ENDPOINT needs BENCH_COSMOS_KEY');
  const local = LOCAL_HOST.test(endpoint);
  const agent = loadAgent(local);
  const stop = () => dropDatabase({ endpoint, key, database, local, agent });
  return { kind: 'account', endpoint, key, database, local, agent, stop };
}

/**
 * `@vercel/cosmosdb-server` on a free port of localhost. Unlike the contract tests' server it keeps
 * connections alive: answering `connection: close` makes every request a TLS handshake, five times
 * slower to load.
 */
async function startInProcess(database: string): Promise<CosmosTarget> {
  const server = createHttpsServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const agent = loadAgent(true);
  const stop = async () => {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const endpoint = `https://127.0.0.1:${String(port)}`;
  // Any base64 key: the server does not check signatures.
  const key = Buffer.from('bench').toString('base64');
  return { kind: 'in-process', endpoint, key, database, local: true, agent, stop };
}

function loadAgent(local: boolean): Agent {
  return new Agent({ keepAlive: true, maxSockets: LOAD_SOCKETS, rejectUnauthorized: !local });
}

/** The run's database goes, so a real account is not left paying for it. */
async function dropDatabase(target: Omit<CosmosTarget, 'kind' | 'stop'>): Promise<void> {
  const client = new CosmosClient({
    endpoint: target.endpoint,
    key: target.key,
    agent: target.agent,
    connectionPolicy: { enableEndpointDiscovery: !target.local },
  });
  try {
    await client.database(target.database).delete();
  } finally {
    client.dispose();
    target.agent.destroy();
  }
}
