import type { Agent } from 'node:https';
import { CosmosClient, type CosmosClientOptions } from '@azure/cosmos';
import type { Stores } from '../../ports/stores.js';
import { CosmosCheckInRepository } from './cosmos-check-in-repository.js';
import { openContainers } from './cosmos-containers.js';
import { CosmosGoalRepository } from './cosmos-goal-repository.js';
import { openCosmosDocuments } from './cosmos-documents-store.js';
import { CosmosSettingsRepository } from './cosmos-settings-repository.js';

/** An Entra credential (`@azure/core-auth`), e.g. `DefaultAzureCredential` for managed identity. */
export type TokenCredential = NonNullable<CosmosClientOptions['aadCredentials']>;

/** How to reach the Cosmos account; one of `key` or `credential` is required. */
export interface CosmosStoreOptions {
  endpoint: string;
  key?: string;
  credential?: TokenCredential;
  database: string;
  /** Create the database and containers when absent (local and test set-ups). */
  createIfMissing: boolean;
  /** For the in-process test server: an agent that accepts its self-signed certificate. */
  agent?: Agent;
  /** The SDK's region discovery; default on. Off for a single local endpoint. */
  enableEndpointDiscovery?: boolean;
}

/** Connects to Cosmos DB, makes sure the containers exist, and returns the repositories. */
export async function openCosmosStores(options: CosmosStoreOptions): Promise<Stores> {
  const client = new CosmosClient(clientOptions(options));
  const open = async () => {
    // One after the other: both may create the database.
    const containers = await openContainers(client, options.database, options.createIfMissing);
    const documents = await openCosmosDocuments(client, options.database, options.createIfMissing);
    return { containers, documents };
  };
  const { containers, documents } = await open().catch((error: unknown) => {
    client.dispose();
    throw error;
  });
  return {
    kind: 'cosmos',
    goals: new CosmosGoalRepository(containers.goals),
    checkIns: new CosmosCheckInRepository(containers.checkIns),
    settings: new CosmosSettingsRepository(containers.cycles),
    documents,
    close: () => {
      client.dispose();
      return Promise.resolve();
    },
  };
}

function clientOptions(options: CosmosStoreOptions): CosmosClientOptions {
  const auth: Pick<CosmosClientOptions, 'key' | 'aadCredentials'> =
    options.key !== undefined
      ? { key: options.key }
      : { aadCredentials: requiredCredential(options.credential) };
  return {
    endpoint: options.endpoint,
    ...auth,
    ...(options.agent === undefined ? {} : { agent: options.agent }),
    connectionPolicy: { enableEndpointDiscovery: options.enableEndpointDiscovery ?? true },
  };
}

function requiredCredential(credential: TokenCredential | undefined): TokenCredential {
  if (credential === undefined) throw new Error('Cosmos DB needs a key or a token credential.');
  return credential;
}
