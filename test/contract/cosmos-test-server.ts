import type { AddressInfo } from 'node:net';
import { Agent, type Server } from 'node:https';
import { createHttpsServer } from '@vercel/cosmosdb-server';

/** An in-process Cosmos-compatible server over HTTPS, and how to reach it. */
export interface CosmosTestServer {
  endpoint: string;
  /** Accepts the server's self-signed certificate. */
  agent: Agent;
  /** Any base64 string: the server does not check signatures. */
  key: string;
  stop(): Promise<void>;
}

/** Starts `@vercel/cosmosdb-server` on a free port of localhost. */
export async function startCosmosTestServer(): Promise<CosmosTestServer> {
  const server: Server = createHttpsServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ rejectUnauthorized: false, keepAlive: true });
  return {
    endpoint: `https://127.0.0.1:${String(port)}`,
    agent,
    key: Buffer.from('contract-test-key').toString('base64'),
    stop: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}
