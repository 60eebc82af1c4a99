import type { CycleScope } from '@northstar/shared';
import {
  countByStatus,
  reviewStatusOf,
  scopeLabel,
  sectionStatusOf,
  type ReviewStatus,
  type SectionStatus,
} from './review-labels';
import { testReview } from './test-review';

const AT = '2026-11-05T09:00:00.000Z';
const submitted = { answers: {}, submittedAt: AT };

describe('reviewStatusOf', () => {
  it.each<[string, Parameters<typeof testReview>[0], ReviewStatus]>([
    ['a hidden draft', { self: null }, 'not_started'],
    ['a submitted self review', { self: submitted }, 'self_submitted'],
    ['a submitted manager review', { self: submitted, manager: submitted }, 'manager_submitted'],
    ['a released review', { released: true, manager: null }, 'released'],
    ['an acknowledged review', { released: true, acknowledgedAt: AT }, 'acknowledged'],
  ])('reads %s', (_, overrides, status) => {
    expect(reviewStatusOf(testReview(overrides))).toBe(status);
  });

  it('counts reviews by status', () => {
    const counts = countByStatus([testReview(), testReview({ self: submitted }), testReview()]);
    expect(counts).toEqual({
      not_started: 2,
      self_submitted: 1,
      manager_submitted: 0,
      released: 0,
      acknowledged: 0,
    });
  });
});

describe('sectionStatusOf', () => {
  it.each<[string, Parameters<typeof testReview>[0], 'self' | 'manager', SectionStatus]>([
    ['my empty self review', {}, 'self', 'not_started'],
    [
      'my self draft',
      { self: { answers: { impact: { rating: 2 } }, submittedAt: null } },
      'self',
      'draft',
    ],
    ['my submitted self review', { self: submitted }, 'self', 'submitted'],
    ['a manager review I may not see yet', {}, 'manager', 'after_release'],
    ['a report’s hidden draft', { viewerRole: 'reviewer', self: null }, 'self', 'not_submitted'],
    [
      'a reopened self review',
      { viewerRole: 'reviewer', self: null, selfReopenedAt: AT },
      'self',
      'reopened',
    ],
  ])('reads %s', (_, overrides, section, status) => {
    expect(sectionStatusOf(testReview(overrides), section)).toBe(status);
  });

  it.each<[CycleScope, string]>([
    [{ kind: 'tenant' }, 'Everyone'],
    [{ kind: 'departments', departments: ['Sales', 'Legal'] }, 'Sales, Legal'],
  ])('names the scope %j', (scope, label) => {
    expect(scopeLabel(scope)).toBe(label);
  });
});
