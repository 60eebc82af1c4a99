import type { Review } from '../../contracts/review.js';
import type { ReviewActor } from './review-decision.js';
import { canViewReview, reviewForViewer, reviewViewerRole } from './review-view.js';
import { people, submitted, testCycle, testReview } from './test-review.js';

const who = ['ann', 'mia', 'sam', 'hr', 'zed'] as const;
const selfDraft = { answers: { story: { text: 'self draft' } }, submittedAt: null };
const managerDraft = { answers: { impact: { rating: 2 } }, submittedAt: null };
const selfSent = submitted({ story: { text: 'self' } });
const managerSent = submitted({ impact: { rating: 4 } }, '2026-11-20T12:00:00.000Z');

describe('reviewViewerRole and canViewReview', () => {
  it.each<[ReviewActor, string | null]>([
    [people.ann, 'reviewee'],
    [people.mia, 'reviewer'],
    [people.sam, 'chain'],
    [people.hr, 'admin'],
    [people.zed, null],
    [{ ...people.ann, isAdmin: true }, 'reviewee'],
    [{ ...people.mia, chainOfReviewee: [] }, 'reviewer'],
    [{ id: 'kim', isAdmin: false, chainOfReviewee: ['kim'] }, 'chain'],
  ])('%o: %s', (viewer, role) => {
    expect(reviewViewerRole(viewer, testReview())).toBe(role);
    expect(canViewReview(viewer, testReview())).toBe(role !== null);
  });
});

/** What each of ann, mia, sam, hr, zed sees: S self, M manager, - neither, x no view at all. */
describe('reviewForViewer: which sections each viewer gets', () => {
  it.each<[string, Partial<Review>, string, string[]]>([
    [
      'both drafts',
      { self: selfDraft, manager: managerDraft },
      '2026-11-20',
      ['S', 'M', '-', '-', 'x'],
    ],
    [
      'self sent, manager draft',
      { self: selfSent, manager: managerDraft },
      '2026-11-20',
      ['S', 'SM', 'S', 'S', 'x'],
    ],
    [
      'both sent, before release',
      { self: selfSent, manager: managerSent },
      '2026-11-29',
      ['S', 'SM', 'SM', 'SM', 'x'],
    ],
    [
      'both sent, released by date',
      { self: selfSent, manager: managerSent },
      '2026-12-01',
      ['SM', 'SM', 'SM', 'SM', 'x'],
    ],
    [
      'manager sent only, released',
      { self: selfDraft, manager: managerSent },
      '2026-12-02',
      ['SM', 'M', 'M', 'M', 'x'],
    ],
    [
      'released early by an admin',
      { self: selfSent, manager: managerSent, releasedAt: '2026-11-21T09:00:00.000Z' },
      '2026-11-22',
      ['SM', 'SM', 'SM', 'SM', 'x'],
    ],
  ])('%s', (_name, fields, day, expected) => {
    const review = testReview(fields);
    const now = new Date(`${day}T12:00:00.000Z`);
    const seen = who.map((id) => {
      const view = reviewForViewer(people[id], review, testCycle(), now);
      if (view === null) return 'x';
      const parts = `${view.self ? 'S' : ''}${view.manager ? 'M' : ''}`;
      return parts === '' ? '-' : parts;
    });
    expect(seen).toEqual(expected);
  });

  it('an admin never sees the manager section of their own review before release', () => {
    const review = testReview({ revieweeId: 'hr', self: selfSent, manager: managerSent });
    const view = reviewForViewer(people.hr, review, testCycle(), new Date('2026-11-29T12:00Z'));
    expect(view).toMatchObject({ viewerRole: 'reviewee', manager: null, released: false });
  });
});

describe('reviewForViewer: the rest of the view', () => {
  it('gives the phase, the effective release, the role and what the viewer may do', () => {
    const review = testReview({ self: selfSent, manager: managerSent });
    const view = reviewForViewer(people.ann, review, testCycle(), new Date('2026-12-02T12:00Z'));
    expect(view).toEqual({
      ...review,
      releasedAt: '2026-12-01T00:00:00.000Z',
      released: true,
      phase: 'released',
      viewerRole: 'reviewee',
      allowedActions: ['acknowledge'],
    });
  });

  it.each<[keyof typeof people, string, string[]]>([
    ['ann', '2026-11-10', ['save_self', 'submit_self']],
    ['mia', '2026-11-20', ['save_manager', 'submit_manager', 'reopen_self']],
    ['hr', '2026-11-20', ['reopen_self']],
    ['sam', '2026-11-20', []],
  ])('%s on %s may %j', (id, day, actions) => {
    const review = day === '2026-11-10' ? testReview() : testReview({ self: selfSent });
    const view = reviewForViewer(people[id], review, testCycle(), new Date(`${day}T12:00:00Z`));
    expect(view?.allowedActions).toEqual(actions);
  });

  it('copies only the fields of a review, not what the store adds', () => {
    const stored = { ...testReview(), _rid: 'abc', _ts: 1 };
    const view = reviewForViewer(people.mia, stored, testCycle(), new Date('2026-11-20T12:00Z'));
    expect(view).not.toHaveProperty('_rid');
  });
});
