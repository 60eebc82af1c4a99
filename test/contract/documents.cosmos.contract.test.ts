import { CosmosClient } from '@azure/cosmos';
import { openCosmosDocuments } from '../../functions/src/adapters/cosmos/cosmos-documents-store.js';
import { startCosmosTestServer, type CosmosTestServer } from './cosmos-test-server.js';
import { describeDocumentContract } from './document-contract.js';

describe('Cosmos DB documents (@vercel/cosmosdb-server over HTTPS)', () => {
  let server: CosmosTestServer | undefined;
  beforeAll(async () => {
    server = await startCosmosTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describeDocumentContract('cosmos', async () => {
    if (server === undefined) throw new Error('The Cosmos test server is not running.');
    const client = new CosmosClient({
      endpoint: server.endpoint,
      key: server.key,
      agent: server.agent,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    const documents = await openCosmosDocuments(client, 'northstar-documents', true);
    return {
      documents,
      cleanup: () => {
        client.dispose();
        return Promise.resolve();
      },
    };
  });
});
