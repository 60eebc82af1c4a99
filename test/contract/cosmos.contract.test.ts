import { openCosmosStores } from '../../functions/src/adapters/cosmos/cosmos-stores.js';
import { startCosmosTestServer, type CosmosTestServer } from './cosmos-test-server.js';
import { describeStoreContract } from './store-contract.js';

describe('Cosmos DB (@vercel/cosmosdb-server over HTTPS)', () => {
  let server: CosmosTestServer | undefined;
  beforeAll(async () => {
    server = await startCosmosTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describeStoreContract('cosmos', async () => {
    if (server === undefined) throw new Error('The Cosmos test server is not running.');
    const stores = await openCosmosStores({
      endpoint: server.endpoint,
      key: server.key,
      database: 'northstar-contract',
      createIfMissing: true,
      agent: server.agent,
      enableEndpointDiscovery: false,
    });
    return { stores, cleanup: () => stores.close() };
  });
});

describe('Cosmos DB outage', () => {
  it('reports an unreachable account as upstream_unavailable, never as not found', async () => {
    const server = await startCosmosTestServer();
    const stores = await openCosmosStores({
      endpoint: server.endpoint,
      key: server.key,
      database: 'northstar-outage',
      createIfMissing: true,
      agent: server.agent,
      enableEndpointDiscovery: false,
    });
    try {
      await server.stop();
      await expect(stores.goals.get('tenant-a', 'g-001')).rejects.toMatchObject({
        code: 'upstream_unavailable',
      });
      await expect(stores.settings.get('tenant-a')).rejects.toMatchObject({
        code: 'upstream_unavailable',
      });
    } finally {
      await stores.close();
    }
  });
});
