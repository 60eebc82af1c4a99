import {
  PartitionKeyDefinitionVersion,
  PartitionKeyKind,
  type CompositePath,
  type Container,
  type ContainerRequest,
  type CosmosClient,
} from '@azure/cosmos';

/** The containers this adapter uses, by role. */
export interface CosmosContainers {
  goals: Container;
  checkIns: Container;
  /** Review cycles, templates, company values and tenant settings (DESIGN section 5). */
  cycles: Container;
}

/** Pages are ordered by `(createdAt, id)`; Cosmos needs a composite index for a two-key ORDER BY. */
function compositeIndex(order: CompositePath['order']): CompositePath[] {
  return [
    { path: '/createdAt', order },
    { path: '/id', order },
  ];
}

function indexingPolicy(...composites: CompositePath[][]): ContainerRequest['indexingPolicy'] {
  return {
    indexingMode: 'consistent',
    automatic: true,
    includedPaths: [{ path: '/*' }],
    excludedPaths: [{ path: '/"_etag"/?' }],
    compositeIndexes: composites,
  };
}

/** The container definitions of DESIGN section 5 (partition keys) that this adapter needs. */
export const CONTAINER_DEFINITIONS = {
  goals: {
    id: 'goals',
    partitionKey: { paths: ['/tenantId'], version: PartitionKeyDefinitionVersion.V2 },
    indexingPolicy: indexingPolicy(compositeIndex('ascending')),
  },
  checkIns: {
    id: 'checkins',
    partitionKey: {
      paths: ['/tenantId', '/goalId'],
      kind: PartitionKeyKind.MultiHash,
      version: PartitionKeyDefinitionVersion.V2,
    },
    // Check-ins are listed newest first. Real Cosmos serves a reversed ORDER BY from either
    // direction; the test server only from an exact match, so the index is declared descending.
    indexingPolicy: indexingPolicy(compositeIndex('descending')),
  },
  cycles: {
    id: 'cycles',
    partitionKey: { paths: ['/tenantId'], version: PartitionKeyDefinitionVersion.V2 },
    // Cycles are listed in (createdAt, id) order by the document store.
    indexingPolicy: indexingPolicy(compositeIndex('ascending')),
  },
} as const satisfies Record<keyof CosmosContainers, ContainerRequest & { id: string }>;

/**
 * The containers of `databaseId`. With `createIfMissing` the database and containers are created
 * when absent; otherwise they must exist already, and a missing one fails here, at boot, rather
 * than as "not found" on every request.
 */
export async function openContainers(
  client: CosmosClient,
  databaseId: string,
  createIfMissing: boolean,
): Promise<CosmosContainers> {
  await ensureContainers(client, databaseId, Object.values(CONTAINER_DEFINITIONS), createIfMissing);
  const database = client.database(databaseId);
  return {
    goals: database.container(CONTAINER_DEFINITIONS.goals.id),
    checkIns: database.container(CONTAINER_DEFINITIONS.checkIns.id),
    cycles: database.container(CONTAINER_DEFINITIONS.cycles.id),
  };
}

function hierarchicalKey(secondPath: string): ContainerRequest['partitionKey'] {
  return {
    paths: ['/tenantId', secondPath],
    kind: PartitionKeyKind.MultiHash,
    version: PartitionKeyDefinitionVersion.V2,
  };
}

/**
 * The containers of the document store (DESIGN section 5) besides `cycles`, which it shares with
 * the settings repository. Each is listed in `(createdAt, id)` order (`feedback` also reversed).
 */
export const DOCUMENT_CONTAINER_DEFINITIONS = {
  reviews: {
    id: 'reviews',
    partitionKey: hierarchicalKey('/cycleId'),
    indexingPolicy: indexingPolicy(compositeIndex('ascending')),
  },
  meetings: {
    id: 'meetings',
    partitionKey: hierarchicalKey('/organizerId'),
    indexingPolicy: indexingPolicy(compositeIndex('ascending')),
  },
  audit: {
    id: 'audit',
    partitionKey: hierarchicalKey('/subjectId'),
    indexingPolicy: indexingPolicy(compositeIndex('ascending')),
  },
  feedback: {
    id: 'feedback',
    partitionKey: hierarchicalKey('/recipientId'),
    // Kudos are listed newest first; the test server serves an ORDER BY only from an index in
    // exactly its direction, so both directions are declared.
    indexingPolicy: indexingPolicy(compositeIndex('ascending'), compositeIndex('descending')),
  },
  notifications: {
    id: 'notifications',
    partitionKey: hierarchicalKey('/recipientId'),
    // A person's notifications are listed newest first, reminder state in ascending order.
    indexingPolicy: indexingPolicy(compositeIndex('ascending'), compositeIndex('descending')),
  },
  evidence: {
    id: 'evidence',
    partitionKey: hierarchicalKey('/goalId'),
    // A goal's evidence is listed newest first (both directions, as for `feedback`).
    indexingPolicy: indexingPolicy(compositeIndex('ascending'), compositeIndex('descending')),
  },
} as const satisfies Record<string, ContainerRequest & { id: string }>;

/**
 * Creates the database and `definitions` when `createIfMissing`; otherwise checks they all exist,
 * so a missing container fails at boot rather than as "not found" on every request.
 */
export async function ensureContainers(
  client: CosmosClient,
  databaseId: string,
  definitions: readonly (ContainerRequest & { id: string })[],
  createIfMissing: boolean,
): Promise<void> {
  if (createIfMissing) {
    const { database } = await client.databases.createIfNotExists({ id: databaseId });
    for (const definition of definitions) await database.containers.createIfNotExists(definition);
    return;
  }
  const { resources } = await client.database(databaseId).containers.readAll().fetchAll();
  const present = new Set(resources.map((container) => container.id));
  const missing = definitions.filter((definition) => !present.has(definition.id));
  if (missing.length > 0) {
    const names = missing.map((definition) => definition.id).join(', ');
    throw new Error(
      `Cosmos database "${databaseId}" lacks the containers ${names}; create them or let the app create them.`,
    );
  }
}
