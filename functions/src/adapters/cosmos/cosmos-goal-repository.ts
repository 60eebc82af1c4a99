import type { Container } from '@azure/cosmos';
import type { Goal, Page } from '@northstar/shared';
import type { GoalFilter, GoalRepository, PageRequest } from '../../ports/goal-repository.js';
import { decodeCursor, rowsToFetch, toPage } from '../keyset-cursor.js';
import { goalFromResource, goalToDocument } from './cosmos-documents.js';
import { withCosmosErrors } from './cosmos-errors.js';
import { allGoalsQuery, goalPageQuery } from './cosmos-goal-query.js';

type GoalDocument = Omit<Goal, 'etag'>;

/**
 * Goals in the `goals` container (partition key `/tenantId`): reads by id are point reads, lists
 * are single-partition queries, updates are conditional on `_etag` (If-Match).
 */
export class CosmosGoalRepository implements GoalRepository {
  readonly #container: Container;

  constructor(container: Container) {
    this.#container = container;
  }

  async get(tenantId: string, id: string): Promise<Goal | null> {
    // A point read answers 404 with an empty resource rather than throwing.
    const { resource } = await withCosmosErrors(`Goal ${id}`, () =>
      this.#container.item(id, tenantId).read<GoalDocument>(),
    );
    return resource === undefined ? null : goalFromResource(resource);
  }

  async create(goal: GoalDocument): Promise<Goal> {
    const { resource } = await withCosmosErrors(`Goal ${goal.id}`, () =>
      this.#container.items.create(goalToDocument(goal)),
    );
    return goalFromResource(required(resource, goal.id));
  }

  async update(goal: GoalDocument, expectedEtag: string): Promise<Goal> {
    const { resource } = await withCosmosErrors(`Goal ${goal.id}`, () =>
      this.#container.item(goal.id, goal.tenantId).replace(goalToDocument(goal), {
        accessCondition: { type: 'IfMatch', condition: ifMatch(expectedEtag) },
      }),
    );
    return goalFromResource(required(resource, goal.id));
  }

  async list(tenantId: string, filter: GoalFilter, page: PageRequest): Promise<Page<Goal>> {
    const take = rowsToFetch(page.limit);
    const query = goalPageQuery(tenantId, filter, decodeCursor(page.cursor), take);
    // TOP bounds the result, so this is one query (normally one round trip) per page.
    const { resources } = await withCosmosErrors('Goals', () =>
      this.#container.items
        .query<GoalDocument & { _etag: string }>(query, {
          partitionKey: tenantId,
          maxItemCount: take,
        })
        .fetchAll(),
    );
    return toPage(resources.map(goalFromResource), page.limit);
  }

  async listAll(tenantId: string, periodId?: string): Promise<Goal[]> {
    const { resources } = await withCosmosErrors('Goals', () =>
      this.#container.items
        .query<GoalDocument & { _etag: string }>(allGoalsQuery(tenantId, periodId), {
          partitionKey: tenantId,
        })
        .fetchAll(),
    );
    return resources.map(goalFromResource);
  }

  async listEtags(tenantId: string): Promise<Map<string, string>> {
    // A projection: the documents themselves are neither sent nor parsed.
    const { resources } = await withCosmosErrors('Goals', () =>
      this.#container.items
        .query<{ id: string; _etag: string }>(
          {
            query: 'SELECT c.id, c._etag FROM c WHERE c.tenantId = @tenantId',
            parameters: [{ name: '@tenantId', value: tenantId }],
          },
          { partitionKey: tenantId },
        )
        .fetchAll(),
    );
    return new Map(resources.map((r) => [r.id, r._etag]));
  }

  async count(tenantId: string): Promise<number> {
    const { resources } = await withCosmosErrors('Goals', () =>
      this.#container.items
        .query<number>(
          {
            query: 'SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId',
            parameters: [{ name: '@tenantId', value: tenantId }],
          },
          { partitionKey: tenantId },
        )
        .fetchAll(),
    );
    return resources[0] ?? 0;
  }
}

/**
 * The If-Match value for an expected etag. The SDK drops an empty condition and Cosmos treats `*`
 * as "any version"; either would turn a conditional replace into an unconditional one, so both
 * become a value no document has (the server then still answers 404 for a missing goal).
 */
function ifMatch(expectedEtag: string): string {
  return expectedEtag === '' || expectedEtag === '*' ? '"never-matches"' : expectedEtag;
}

function required<T>(resource: T | undefined, id: string): T {
  if (resource === undefined) throw new Error(`Cosmos DB returned no document for goal ${id}.`);
  return resource;
}
