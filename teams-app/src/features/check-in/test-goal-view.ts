import type { CheckIn, GoalView } from '@northstar/shared';

/**
 * A valid goal view for tests: an active individual goal of Arjun Mehta (the test person) in
 * fy27-q2 measured in users from 0 to 1000, checked in at 250 with confidence 7.
 */
export function testGoalView(overrides: Partial<GoalView> & Pick<GoalView, 'id'>): GoalView {
  return {
    tenantId: 'tenant-1',
    title: `Goal ${overrides.id}`,
    description: '',
    level: 'individual',
    ownerId: 'arjun-mehta',
    parentIds: [],
    metric: { unit: 'users', start: 0, target: 1000 },
    current: 250,
    startDate: '2026-10-01',
    dueDate: '2026-12-31',
    periodId: 'fy27-q2',
    visibility: 'public',
    state: 'active',
    lastCheckInAt: '2026-11-02T09:00:00.000Z',
    lastConfidence: 7,
    createdBy: 'arjun-mehta',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    etag: 'etag-1',
    progress: 0.25,
    status: 'on_track',
    ...overrides,
  };
}

/** A check-in for tests, on goal `g-1` by Arjun Mehta. */
export function testCheckIn(overrides: Partial<CheckIn> & Pick<CheckIn, 'id'>): CheckIn {
  return {
    tenantId: 'tenant-1',
    goalId: 'g-1',
    value: 250,
    confidence: 7,
    note: '',
    authorId: 'arjun-mehta',
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}
