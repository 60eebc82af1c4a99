import type { AddressInfo } from 'node:net';
import type { Person } from '@northstar/shared';
import { createLocalHost } from '../../../functions/src/local/local-host.js';
import { createBenchApp } from '../host/bench-app.js';
import type { CosmosTarget } from './cosmos-target.js';

/** The app over the loaded Cosmos database, served by the local host in this process. */
export interface CosmosAppHost {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Composes the app exactly as `npm start` does with `COSMOS_ENDPOINT` set (its own Cosmos
 * client, no caches shared with an earlier host), with the generated people as its FAKE demo
 * directory and a clock that starts at the tenant's fixed "now". Dev tokens are signed with the
 * secret in `dataDir`.
 */
export async function startCosmosAppHost(
  target: CosmosTarget,
  people: readonly Person[],
  dataDir: string,
): Promise<CosmosAppHost> {
  const app = await createBenchApp(
    {
      NORTHSTAR_DATA_DIR: dataDir,
      COSMOS_ENDPOINT: target.endpoint,
      COSMOS_DATABASE: target.database,
      COSMOS_KEY: target.key,
    },
    people,
  );
  const server = createLocalHost({
    routes: app.routes,
    verifier: app.services.verifier,
    staticDir: null,
    log: (line) => {
      console.warn(line);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
