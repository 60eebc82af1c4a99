import type {
  CycleReport,
  ReviewCycle,
  ReviewDetail,
  ReviewGoal,
  ReviewView,
} from '@northstar/shared';
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

/** A goal of the review's period, for tests. */
export function testGoal(overrides: Partial<ReviewGoal> = {}): ReviewGoal {
  return {
    id: 'g-1',
    title: 'Ship search v2',
    level: 'individual',
    state: 'active',
    status: 'on_track',
    progress: 0.4,
    dueDate: '2026-12-31',
    ...overrides,
  };
}

/** `GET /api/reviews/{id}` for tests: the review with the default template and one goal. */
export function testDetail(review: ReviewView = testReview(), goals = [testGoal()]): ReviewDetail {
  const cycle = testCycle();
  return {
    review,
    cycle: { id: cycle.id, name: cycle.name, periodId: cycle.periodId },
    template: cycle.template,
    goals,
  };
}

/** A cycle report for tests: two departments, one manager's ratings. */
export function testReport(overrides: Partial<CycleReport> = {}): CycleReport {
  return {
    cycleId: 'c-1',
    completion: [
      {
        department: 'Engineering',
        total: 4,
        selfSubmitted: 3,
        managerSubmitted: 1,
        acknowledged: 0,
      },
      { department: 'Sales', total: 2, selfSubmitted: 2, managerSubmitted: 2, acknowledged: 1 },
    ],
    ratings: [
      {
        reviewerId: 'priya-raman',
        reviews: 3,
        questions: [
          { questionId: 'impact', counts: [0, 0, 1, 2, 0] },
          { questionId: 'collaboration', counts: [0, 1, 1, 1, 0] },
        ],
      },
    ],
    ...overrides,
  };
}
