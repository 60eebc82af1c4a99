import type { SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import type { FieldEquality } from '../document-rules.js';
import type { KeysetPosition } from '../keyset-cursor.js';

/**
 * The property every document-store document carries with its collection name: `cycles` shares
 * its container with the settings document (and later templates), so queries and point reads
 * must tell the collections apart. It is removed again before a document is returned.
 */
export const COLLECTION_PROPERTY = 'docCollection';

/** What one page of a collection selects; every value and field name is already validated. */
export interface CosmosDocumentPageSpec {
  collection: string;
  tenantId: string;
  /** The partition field and value, when the page is narrowed to one partition. */
  partition: FieldEquality | undefined;
  where: FieldEquality[];
  after: KeysetPosition | undefined;
  take: number;
  /** Descending `(createdAt, id)`: the cursor then names the last, oldest item of a page. */
  newestFirst: boolean;
}

/**
 * The query for one page: `c.tenantId = @tenantId` always (the test server does not scope a
 * query by a prefix partition key, and tenancy must never rest on one mechanism), then the
 * collection, partition and equality filters, the keyset after the cursor (in the page's
 * direction), and `TOP @take`.
 * Cosmos SQL cannot bind a property name, so field names (checked against a strict pattern
 * before they get here) are written as `c["name"]`, which also keeps keywords such as `value`
 * from breaking the query.
 */
export function cosmosDocumentPageQuery(spec: CosmosDocumentPageSpec): SqlQuerySpec {
  const conditions = ['c.tenantId = @tenantId', `c.${COLLECTION_PROPERTY} = @collection`];
  const parameters: SqlParameter[] = [
    { name: '@tenantId', value: spec.tenantId },
    { name: '@collection', value: spec.collection },
    { name: '@take', value: spec.take },
  ];
  const equalities = spec.partition === undefined ? spec.where : [spec.partition, ...spec.where];
  equalities.forEach(({ field, value }, index) => {
    conditions.push(`c["${field}"] = @value${String(index)}`);
    parameters.push({ name: `@value${String(index)}`, value });
  });
  const [beyond, direction] = spec.newestFirst ? ['<', 'DESC'] : ['>', 'ASC'];
  if (spec.after !== undefined) {
    conditions.push(
      `(c.createdAt ${beyond} @afterCreatedAt OR (c.createdAt = @afterCreatedAt AND c.id ${beyond} @afterId))`,
    );
    parameters.push(
      { name: '@afterCreatedAt', value: spec.after.createdAt },
      { name: '@afterId', value: spec.after.id },
    );
  }
  return {
    query: `SELECT TOP @take * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.createdAt ${direction}, c.id ${direction}`,
    parameters,
  };
}
