import type { Container, SqlQuerySpec } from '@azure/cosmos';
import type { CheckIn, Page } from '@northstar/shared';
import type { CheckInRepository, PageRequest } from '../../ports/goal-repository.js';
import { decodeCursor, rowsToFetch, toPage, type KeysetPosition } from '../keyset-cursor.js';
import { withoutSystemProperties } from './cosmos-documents.js';
import { withCosmosErrors } from './cosmos-errors.js';

/**
 * Check-ins in the `checkins` container (hierarchical key `/tenantId`, `/goalId`): a goal's
 * check-ins are one logical partition, listed newest first.
 */
export class CosmosCheckInRepository implements CheckInRepository {
  readonly #container: Container;

  constructor(container: Container) {
    this.#container = container;
  }

  async add(checkIn: CheckIn): Promise<CheckIn> {
    const { resource } = await withCosmosErrors(`Check-in ${checkIn.id}`, () =>
      this.#container.items.create(checkIn),
    );
    return resource === undefined ? checkIn : withoutSystemProperties(resource);
  }

  async get(tenantId: string, goalId: string, id: string): Promise<CheckIn | null> {
    // A point read answers 404 with an empty resource rather than throwing.
    const { resource } = await withCosmosErrors(`Check-in ${id}`, () =>
      this.#container.item(id, [tenantId, goalId]).read<CheckIn>(),
    );
    // The document's own keys decide: a store that matched a prefix of the key gives nothing.
    const found = resource?.tenantId === tenantId && resource.goalId === goalId;
    return found ? withoutSystemProperties(resource) : null;
  }

  async listByGoal(tenantId: string, goalId: string, page: PageRequest): Promise<Page<CheckIn>> {
    const take = rowsToFetch(page.limit);
    const query = checkInPageQuery(tenantId, goalId, decodeCursor(page.cursor), take);
    const { resources } = await withCosmosErrors(`Check-ins of goal ${goalId}`, () =>
      this.#container.items
        .query<CheckIn>(query, { partitionKey: [tenantId, goalId], maxItemCount: take })
        .fetchAll(),
    );
    return toPage(resources.map(withoutSystemProperties), page.limit);
  }
}

/** Newest first; the tenant and goal are in the WHERE clause as well as the partition key. */
function checkInPageQuery(
  tenantId: string,
  goalId: string,
  before: KeysetPosition | undefined,
  take: number,
): SqlQuerySpec {
  const keyset =
    before === undefined
      ? ''
      : ' AND (c.createdAt < @beforeCreatedAt OR (c.createdAt = @beforeCreatedAt AND c.id < @beforeId))';
  const parameters = [
    { name: '@tenantId', value: tenantId },
    { name: '@goalId', value: goalId },
    { name: '@take', value: take },
  ];
  if (before !== undefined) {
    parameters.push(
      { name: '@beforeCreatedAt', value: before.createdAt },
      { name: '@beforeId', value: before.id },
    );
  }
  return {
    query: `SELECT TOP @take * FROM c WHERE c.tenantId = @tenantId AND c.goalId = @goalId${keyset} ORDER BY c.createdAt DESC, c.id DESC`,
    parameters,
  };
}
