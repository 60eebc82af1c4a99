import type { Container, CosmosClient, PartitionKey, Resource } from '@azure/cosmos';
import type { Page } from '@northstar/shared';
import {
  DOCUMENT_COLLECTIONS,
  type DocumentCollection,
  type DocumentCollectionName,
  type DocumentFilter,
  type DocumentStore,
  type StoredDocument,
} from '../../ports/document-store.js';
import type { PageRequest } from '../../ports/goal-repository.js';
import {
  checkedCollection,
  checkedPartition,
  checkedWhere,
  partitionOfDocument,
  withoutEtag,
} from '../document-rules.js';
import { decodeCursor, rowsToFetch, toPage } from '../keyset-cursor.js';
import {
  CONTAINER_DEFINITIONS,
  DOCUMENT_CONTAINER_DEFINITIONS,
  ensureContainers,
} from './cosmos-containers.js';
import { COLLECTION_PROPERTY, cosmosDocumentPageQuery } from './cosmos-document-query.js';
import { withoutSystemProperties } from './cosmos-documents.js';
import { withCosmosErrors } from './cosmos-errors.js';

/** The container definition each collection lives in. */
const DEFINITIONS = {
  cycles: CONTAINER_DEFINITIONS.cycles,
  ...DOCUMENT_CONTAINER_DEFINITIONS,
} as const satisfies Record<DocumentCollectionName, unknown>;

type Stored = Record<string, unknown> & Pick<Resource, '_etag'>;

/**
 * The document store over the containers of `databaseId`. With `createIfMissing` absent
 * containers are created; otherwise a missing one fails here, at boot.
 */
export async function openCosmosDocuments(
  client: CosmosClient,
  databaseId: string,
  createIfMissing: boolean,
): Promise<DocumentStore> {
  await ensureContainers(client, databaseId, Object.values(DEFINITIONS), createIfMissing);
  const database = client.database(databaseId);
  return {
    collection: <T extends StoredDocument>(name: DocumentCollectionName) => {
      const checked = checkedCollection(name);
      return new CosmosDocumentCollection<T>(database.container(DEFINITIONS[checked].id), checked);
    },
  };
}

class CosmosDocumentCollection<T extends StoredDocument> implements DocumentCollection<T> {
  readonly #container: Container;
  readonly #name: DocumentCollectionName;

  constructor(container: Container, name: DocumentCollectionName) {
    this.#container = container;
    this.#name = name;
  }

  async get(tenantId: string, partition: string, id: string): Promise<T | null> {
    const key = this.#key(tenantId, checkedPartition(this.#name, partition));
    // A point read answers 404 with an empty resource rather than throwing.
    const { resource } = await withCosmosErrors(this.#subject(id), () =>
      this.#container.item(id, key).read<Stored>(),
    );
    return resource !== undefined && this.#owns(resource, tenantId, partition)
      ? this.#toDocument(resource)
      : null;
  }

  async create(doc: Omit<T, 'etag'>): Promise<T> {
    const body = this.#toStored(doc);
    const { resource } = await withCosmosErrors(this.#subject(doc.id), () =>
      this.#container.items.create(body),
    );
    return this.#toDocument(required(resource, this.#subject(doc.id)));
  }

  async replace(doc: Omit<T, 'etag'>, expectedEtag: string): Promise<T> {
    const body = this.#toStored(doc);
    const key = this.#key(doc.tenantId, partitionOfDocument(this.#name, doc));
    const { resource } = await withCosmosErrors(this.#subject(doc.id), () =>
      this.#container.item(doc.id, key).replace(body, {
        accessCondition: { type: 'IfMatch', condition: ifMatch(expectedEtag) },
      }),
    );
    return this.#toDocument(required(resource, this.#subject(doc.id)));
  }

  async query(tenantId: string, filter: DocumentFilter, page: PageRequest): Promise<Page<T>> {
    const field = DOCUMENT_COLLECTIONS[this.#name].partitionField;
    const partition =
      filter.partition === undefined ? undefined : checkedPartition(this.#name, filter.partition);
    const take = rowsToFetch(page.limit);
    const query = cosmosDocumentPageQuery({
      collection: this.#name,
      tenantId,
      partition:
        field === null || partition === undefined ? undefined : { field, value: partition },
      where: checkedWhere(filter.where),
      after: decodeCursor(page.cursor),
      take,
      newestFirst: filter.newestFirst === true,
    });
    // Without a partition value the key is the tenant prefix of the hierarchical key.
    const key = partition === undefined ? this.#key(tenantId, '') : this.#key(tenantId, partition);
    const { resources } = await withCosmosErrors(`Documents of ${this.#name}`, () =>
      this.#container.items
        .query<Stored>(query, { partitionKey: key, maxItemCount: take })
        .fetchAll(),
    );
    return toPage(
      resources.map((resource) => this.#toDocument(resource)),
      page.limit,
    );
  }

  #key(tenantId: string, partition: string): PartitionKey {
    if (DOCUMENT_COLLECTIONS[this.#name].partitionField === null) return tenantId;
    return partition === '' ? [tenantId] : [tenantId, partition];
  }

  /**
   * Whether a point-read resource is this collection's document of that tenant and partition: the
   * test server resolves a hierarchical key by its first level only, and `cycles` also holds the
   * settings document.
   */
  #owns(resource: Stored, tenantId: string, partition: string): boolean {
    const field = DOCUMENT_COLLECTIONS[this.#name].partitionField;
    return (
      resource.tenantId === tenantId &&
      resource[COLLECTION_PROPERTY] === this.#name &&
      (field === null || resource[field] === partition)
    );
  }

  #toStored(doc: Omit<T, 'etag'>): Record<string, unknown> & { id: string } {
    partitionOfDocument(this.#name, doc);
    return { ...withoutEtag(doc), id: doc.id, [COLLECTION_PROPERTY]: this.#name };
  }

  #toDocument(resource: Stored): T {
    const fields = Object.entries(withoutSystemProperties(resource)).filter(
      ([key]) => key !== COLLECTION_PROPERTY,
    );
    return { ...Object.fromEntries(fields), etag: resource._etag } as unknown as T;
  }

  #subject(id: string): string {
    return `Document ${id} of ${this.#name}`;
  }
}

/**
 * The If-Match value for an expected etag. The SDK drops an empty condition and Cosmos treats `*`
 * as "any version": both become a value no document has, so the replace stays conditional.
 */
function ifMatch(expectedEtag: string): string {
  return expectedEtag === '' || expectedEtag === '*' ? '"never-matches"' : expectedEtag;
}

function required<T>(resource: T | undefined, subject: string): T {
  if (resource === undefined) throw new Error(`Cosmos DB returned no document for ${subject}.`);
  return resource;
}
