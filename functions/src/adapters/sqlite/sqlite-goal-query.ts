import type { GoalFilter } from '../../ports/goal-repository.js';
import type { KeysetPosition } from '../keyset-cursor.js';
import { LIMIT_TAKE } from './limit-take.js';

/** A statement text and the named parameters it binds. */
export interface SqlQuery {
  sql: string;
  params: Record<string, string | number>;
}

/**
 * The query for one page of goals: the filters (AND-ed), the `(created_at, id)` keyset after the
 * cursor's position, and `take` rows. The SQL text depends only on which filters are present, so
 * there are few distinct statements to prepare and cache.
 */
export function goalPageQuery(
  tenantId: string,
  filter: GoalFilter,
  after: KeysetPosition | undefined,
  take: number,
): SqlQuery {
  const where = ['g.tenant_id = @tenantId'];
  const params: Record<string, string | number> = { tenantId, take };
  let from = 'goals g';
  if (filter.parentId !== undefined) {
    // CROSS JOIN fixes the join order: start from the parent's few links rather than walk every
    // goal of the tenant in page order and probe for a link (the planner's choice without stats).
    from = 'goal_parents p CROSS JOIN goals g ON g.tenant_id = p.tenant_id AND g.id = p.goal_id';
    where.push('p.tenant_id = @tenantId', 'p.parent_id = @parentId');
    params.parentId = filter.parentId;
  }
  const equalities = [
    ['g.owner_id', 'ownerId', filter.ownerId],
    ['g.level', 'level', filter.level],
    ['g.period_id', 'periodId', filter.periodId],
  ] as const;
  for (const [column, name, value] of equalities) {
    if (value === undefined) continue;
    where.push(`${column} = @${name}`);
    params[name] = value;
  }
  if (filter.includeArchived !== true) where.push("g.state <> 'archived'");
  if (after !== undefined) {
    where.push('(g.created_at, g.id) > (@afterCreatedAt, @afterId)');
    params.afterCreatedAt = after.createdAt;
    params.afterId = after.id;
  }
  const sql = `SELECT g.version, g.doc FROM ${from} WHERE ${where.join(' AND ')} ORDER BY g.created_at, g.id ${LIMIT_TAKE}`;
  return { sql, params };
}
