import type { CyclePerson, Review } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import type { Caller } from '../access/caller.js';
import type { ReviewDeps } from './review-deps.js';

/** Every review of one cycle, all pages. */
export async function listAllReviews(
  deps: ReviewDeps,
  tenantId: string,
  cycleId: string,
): Promise<Review[]> {
  const all: Review[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.reviews.query(
      tenantId,
      { partition: cycleId },
      cursor === undefined ? { limit: 200 } : { limit: 200, cursor },
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return all;
}

/** A review by id alone (the route has no cycle id): a tenant-scoped cross-partition query. */
export async function findReview(
  deps: ReviewDeps,
  tenantId: string,
  id: string,
): Promise<Review | null> {
  const page = await deps.reviews.query(tenantId, { where: { id } }, { limit: 1 });
  return page.items[0] ?? null;
}

/**
 * Everyone in the caller's tenant. The Directory port has no "list everyone", so this walks the
 * org chart down from the top of the caller's management chain through direct reports; people
 * outside that tree (a second root) are not reached.
 */
export async function everyoneFromTheTop(
  directory: Directory,
  caller: Caller,
): Promise<CyclePerson[]> {
  const chain = await directory.getManagementChain(caller.tenantId, caller.person.id);
  const top = chain.at(-1) ?? caller.person;
  const seen = new Map<string, CyclePerson>([[top.id, top]]);
  let level = [top.id];
  while (level.length > 0) {
    const reports = await Promise.all(
      level.map((id) => directory.getDirectReports(caller.tenantId, id)),
    );
    level = [];
    for (const person of reports.flat()) {
      if (seen.has(person.id)) continue;
      seen.set(person.id, person);
      level.push(person.id);
    }
  }
  return [...seen.values()].map(({ id, department, managerId }) => ({ id, department, managerId }));
}
