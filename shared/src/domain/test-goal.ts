import type { Goal } from '../contracts/goal.js';

/**
 * A valid goal for tests: an active, private individual goal for 2026-07-01..2026-09-30 with no
 * metric, no parents and no check-in, created 2026-07-01. Not exported from the package index.
 */
export function testGoal(overrides: Partial<Goal> & Pick<Goal, 'id'>): Goal {
  return {
    tenantId: 't1',
    title: `Goal ${overrides.id}`,
    description: '',
    level: 'individual',
    ownerId: 'owner',
    parentIds: [],
    metric: null,
    current: null,
    startDate: '2026-07-01',
    dueDate: '2026-09-30',
    periodId: 'q1',
    visibility: 'private',
    state: 'active',
    lastCheckInAt: null,
    lastConfidence: null,
    createdBy: 'owner',
    createdAt: '2026-07-01T09:00:00.000Z',
    updatedAt: '2026-07-01T09:00:00.000Z',
    etag: '"1"',
    ...overrides,
  };
}

/** Parent links with weight 1 (or the given weights) to each id. */
export function linksTo(...ids: (string | [string, number])[]): Goal['parentIds'] {
  return ids.map((id) =>
    typeof id === 'string' ? { goalId: id, weight: 1 } : { goalId: id[0], weight: id[1] },
  );
}
