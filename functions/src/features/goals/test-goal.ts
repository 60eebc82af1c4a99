import type { Goal } from '@northstar/shared';

/**
 * A goal for the snapshot tests: a company goal without parents, else an individual one under
 * `parents` (weight 1 each), with `current` as its own progress (0-100).
 */
export function testGoal(
  tenantId: string,
  id: string,
  parents: string[] = [],
  current: number | null = null,
): Omit<Goal, 'etag'> {
  return {
    id,
    tenantId,
    title: `Goal ${id}`,
    description: '',
    level: parents.length === 0 ? 'company' : 'individual',
    ownerId: 'owner',
    parentIds: parents.map((goalId) => ({ goalId, weight: 1 })),
    metric: null,
    current,
    startDate: '2026-10-01',
    dueDate: '2026-12-31',
    periodId: 'q4',
    visibility: 'public',
    state: 'active',
    lastCheckInAt: null,
    lastConfidence: null,
    createdBy: 'owner',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
  };
}
