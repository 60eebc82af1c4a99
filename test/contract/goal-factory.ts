import { randomUUID } from 'node:crypto';
import type { CheckIn, Goal } from '@northstar/shared';

/** A goal as the repositories take it (the store sets the etag). */
export type NewGoal = Omit<Goal, 'etag'>;

const BASE_TIME = Date.parse('2026-01-05T09:00:00.000Z');

/** A fresh tenant id per test, so tests share one store without seeing each other's data. */
export function newTenantId(): string {
  return `tenant-${randomUUID()}`;
}

/**
 * Builds valid goals for one tenant. Each call gets the next id (`g-001`, `g-002`, ...) and a
 * `createdAt` one minute after the previous one, so creation order is page order unless a test
 * sets `createdAt` itself.
 */
export function goalFactory(tenantId: string): (overrides?: Partial<NewGoal>) => NewGoal {
  let sequence = 0;
  return (overrides = {}) => {
    sequence += 1;
    const createdAt = new Date(BASE_TIME + sequence * 60_000).toISOString();
    return {
      id: `g-${String(sequence).padStart(3, '0')}`,
      tenantId,
      title: `Goal number ${String(sequence)}`,
      description: 'Measured every week.',
      level: 'individual',
      ownerId: 'owner-1',
      parentIds: [],
      metric: { unit: '%', start: 0, target: 100 },
      current: null,
      startDate: '2026-01-01',
      dueDate: '2026-03-31',
      periodId: 'fy26-q3',
      visibility: 'private',
      state: 'active',
      lastCheckInAt: null,
      lastConfidence: null,
      createdBy: 'owner-1',
      createdAt,
      updatedAt: createdAt,
      ...overrides,
    };
  };
}

/** Check-ins on one goal (`c-001`, ...), each an hour after the previous one. */
export function checkInFactory(
  tenantId: string,
  goalId: string,
): (overrides?: Partial<CheckIn>) => CheckIn {
  let sequence = 0;
  return (overrides = {}) => {
    sequence += 1;
    return {
      id: `c-${String(sequence).padStart(3, '0')}`,
      tenantId,
      goalId,
      value: sequence * 10,
      confidence: 7,
      note: `Check-in ${String(sequence)}`,
      authorId: 'owner-1',
      createdAt: new Date(BASE_TIME + sequence * 3_600_000).toISOString(),
      ...overrides,
    };
  };
}
