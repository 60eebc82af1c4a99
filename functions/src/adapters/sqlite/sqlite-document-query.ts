import type { FieldEquality } from '../document-rules.js';
import type { KeysetPosition } from '../keyset-cursor.js';
import type { SqlQuery } from './sqlite-goal-query.js';
import { LIMIT_TAKE } from './limit-take.js';

/** What one page of a collection selects; every value is already validated. */
export interface DocumentPageSpec {
  collection: string;
  tenantId: string;
  partition: string | undefined;
  where: FieldEquality[];
  after: KeysetPosition | undefined;
  take: number;
  /** Descending `(created_at, id)`: the cursor then names the last, oldest item of a page. */
  newestFirst: boolean;
}

/**
 * The query for one page of documents. Every value, including the JSON path of each filtered
 * field, is a bound parameter: nothing from the caller is put into the SQL text. A boolean is
 * compared by `json_type` because `json_extract` turns JSON `true` into the integer 1, which
 * would also match a field holding the number 1.
 */
export function documentPageQuery(spec: DocumentPageSpec): SqlQuery {
  const conditions = ['collection = @collection', 'tenant_id = @tenantId'];
  const params: SqlQuery['params'] = {
    collection: spec.collection,
    tenantId: spec.tenantId,
    take: spec.take,
  };
  if (spec.partition !== undefined) {
    conditions.push('partition = @partition');
    params.partition = spec.partition;
  }
  spec.where.forEach(({ field, value }, index) => {
    const path = `path${String(index)}`;
    const bound = `value${String(index)}`;
    params[path] = `$.${field}`;
    if (typeof value === 'boolean') {
      conditions.push(`json_type(doc, @${path}) = @${bound}`);
      params[bound] = value ? 'true' : 'false';
    } else {
      conditions.push(`json_extract(doc, @${path}) = @${bound}`);
      params[bound] = value;
    }
  });
  if (spec.after !== undefined) {
    conditions.push(`(created_at, id) ${spec.newestFirst ? '<' : '>'} (@afterCreatedAt, @afterId)`);
    params.afterCreatedAt = spec.after.createdAt;
    params.afterId = spec.after.id;
  }
  const order = spec.newestFirst ? 'created_at DESC, id DESC' : 'created_at, id';
  return {
    sql: `SELECT version, doc FROM documents WHERE ${conditions.join(' AND ')} ORDER BY ${order} ${LIMIT_TAKE}`,
    params,
  };
}
