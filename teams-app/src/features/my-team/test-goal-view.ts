import type { GoalView } from '@northstar/shared';
import { DAY_MS } from './goal-attention';

/**
 * A valid goal view for tests: an active, on-track individual goal owned by `arjun-mehta`, 40%
 * done, checked in yesterday. Used by the My team and Alignment tests; not app code.
 */
export function testGoalView(overrides: Partial<GoalView> & Pick<GoalView, 'id'>): GoalView {
  return {
    tenantId: 'tenant-1',
    title: `Goal ${overrides.id}`,
    description: '',
    level: 'individual',
    ownerId: 'arjun-mehta',
    parentIds: [],
    metric: null,
    current: 40,
    startDate: '2026-07-01',
    dueDate: '2026-09-30',
    periodId: 'fy27-q1',
    visibility: 'public',
    state: 'active',
    lastCheckInAt: daysAgo(1),
    lastConfidence: 7,
    createdBy: 'arjun-mehta',
    createdAt: '2026-07-01T09:00:00.000Z',
    updatedAt: '2026-07-01T09:00:00.000Z',
    etag: '1',
    progress: 0.4,
    status: 'on_track',
    ...overrides,
  };
}

/** An instant `days` days before now, as the API writes it. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}
