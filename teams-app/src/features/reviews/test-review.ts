import type { ReviewCycle, ReviewView } from '@northstar/shared';
import { defaultTemplate } from './cycle-draft';

const AT = '2026-11-01T10:00:00.000Z';

/** A review as its reviewee sees it during self review, for tests. */
export function testReview(overrides: Partial<ReviewView> = {}): ReviewView {
  return {
    id: 'r-1',
    tenantId: 'tenant-1',
    cycleId: 'c-1',
    revieweeId: 'arjun-mehta',
    reviewerId: 'priya-raman',
    self: { answers: {}, submittedAt: null },
    manager: null,
    releasedAt: null,
    acknowledgedAt: null,
    selfReopenedAt: null,
    createdAt: AT,
    updatedAt: AT,
    etag: 'e-1',
    released: false,
    phase: 'self_review',
    viewerRole: 'reviewee',
    allowedActions: ['save_self', 'submit_self'],
    ...overrides,
  };
}

/** An open cycle with the default template, for tests. */
export function testCycle(overrides: Partial<ReviewCycle> = {}): ReviewCycle {
  return {
    id: 'c-1',
    tenantId: 'tenant-1',
    name: 'FY27 H1 review',
    periodId: 'fy27-h1',
    scope: { kind: 'tenant' },
    phases: {
      selfReview: { start: '2026-11-01', end: '2026-11-14' },
      managerReview: { start: '2026-11-15', end: '2026-11-28' },
      release: '2026-12-01',
      acknowledgeBy: '2026-12-15',
    },
    template: defaultTemplate(),
    state: 'open',
    createdAt: AT,
    updatedAt: AT,
    etag: 'ce-1',
    ...overrides,
  };
}
