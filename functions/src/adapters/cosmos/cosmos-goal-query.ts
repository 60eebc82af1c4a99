import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import type { GoalFilter } from '../../ports/goal-repository.js';
import type { KeysetPosition } from '../keyset-cursor.js';

/**
 * The query for one page of goals: `c.tenantId = @tenantId` always (the test server does not
 * scope a query by its partition key, and the tenant filter must never rest on one mechanism),
 * the filters AND-ed, the `(createdAt, id)` keyset after the cursor, and `TOP @take`.
 */
export function goalPageQuery(
  tenantId: string,
  filter: GoalFilter,
  after: KeysetPosition | undefined,
  take: number,
): SqlQuerySpec {
  const where = ['c.tenantId = @tenantId'];
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: tenantId },
    { name: '@take', value: take },
  ];
  const add = (condition: string, name: string, value: string) => {
    where.push(condition);
    parameters.push({ name, value });
  };
  if (filter.ownerId !== undefined) add('c.ownerId = @ownerId', '@ownerId', filter.ownerId);
  if (filter.parentId !== undefined) {
    // Partial match: a parent link is {goalId, weight} and the weight is not part of the filter.
    add('ARRAY_CONTAINS(c.parentIds, {"goalId": @parentId}, true)', '@parentId', filter.parentId);
  }
  if (filter.level !== undefined) add('c.level = @level', '@level', filter.level);
  if (filter.periodId !== undefined) add('c.periodId = @periodId', '@periodId', filter.periodId);
  if (filter.includeArchived !== true) where.push("c.state != 'archived'");
  if (after !== undefined) {
    add(
      '(c.createdAt > @afterCreatedAt OR (c.createdAt = @afterCreatedAt AND c.id > @afterId))',
      '@afterCreatedAt',
      after.createdAt,
    );
    parameters.push({ name: '@afterId', value: after.id });
  }
  return {
    query: `SELECT TOP @take * FROM c WHERE ${where.join(' AND ')} ORDER BY c.createdAt ASC, c.id ASC`,
    parameters,
  };
}

/** Every goal of a tenant, optionally of one period, in page order. */
export function allGoalsQuery(tenantId: string, periodId: string | undefined): SqlQuerySpec {
  const parameters: SqlParameter[] = [{ name: '@tenantId', value: tenantId }];
  let period = '';
  if (periodId !== undefined) {
    period = ' AND c.periodId = @periodId';
    parameters.push({ name: '@periodId', value: periodId });
  }
  return {
    query: `SELECT * FROM c WHERE c.tenantId = @tenantId${period} ORDER BY c.createdAt ASC, c.id ASC`,
    parameters,
  };
}
