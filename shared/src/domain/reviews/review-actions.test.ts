import type { ReviewCycle } from '../../contracts/review-cycle.js';
import type { Review, ReviewAction, ReviewPhase } from '../../contracts/review.js';
import { decideReviewAction } from './review-actions.js';
import type { ReviewActor } from './review-decision.js';
import { reviewPhaseAt } from './review-phase.js';
import { people, submitted, testCycle, testReview } from './test-review.js';

const roles = ['reviewee', 'reviewer', 'skipLevel', 'admin', 'unrelated'] as const;
const actors: Record<(typeof roles)[number], ReviewActor> = {
  reviewee: people.ann,
  reviewer: people.mia,
  skipLevel: people.sam,
  admin: people.hr,
  unrelated: people.zed,
};

const both = { self: submitted(), manager: submitted({}, '2026-11-20T12:00:00.000Z') };

/** A day in each phase, with the review as it would normally stand by then. */
const scenarios: Record<ReviewPhase, { cycle: ReviewCycle; review: Review; now: Date }> = {
  not_started: { cycle: testCycle(), review: testReview(), now: new Date('2026-10-20T12:00Z') },
  self_review: { cycle: testCycle(), review: testReview(), now: new Date('2026-11-10T12:00Z') },
  manager_review: {
    cycle: testCycle(),
    review: testReview({ self: submitted() }),
    now: new Date('2026-11-20T12:00Z'),
  },
  awaiting_release: {
    cycle: testCycle(),
    review: testReview(both),
    now: new Date('2026-11-29T12:00Z'),
  },
  released: { cycle: testCycle(), review: testReview(both), now: new Date('2026-12-03T12:00Z') },
  closed: {
    cycle: testCycle({ state: 'closed' }),
    review: testReview(both),
    now: new Date('2026-12-10T12:00Z'),
  },
};

const verdicts = { Y: 'allowed', F: 'forbidden', C: 'conflict' } as const;
type Letter = keyof typeof verdicts;

/** Every action x phase with one letter per role, in the order of `roles`. */
const table: [ReviewAction, Record<ReviewPhase, string>][] = [
  //              not_started self_review manager_review awaiting_release released closed
  ['save_self', row('CFFFF', 'YFFFF', 'CFFFF', 'CFFFF', 'CFFFF', 'CFFFF')],
  ['submit_self', row('CFFFF', 'YFFFF', 'CFFFF', 'CFFFF', 'CFFFF', 'CFFFF')],
  ['save_manager', row('FCFFF', 'FCFFF', 'FYFFF', 'FCFFF', 'FCFFF', 'FCFFF')],
  ['submit_manager', row('FCFFF', 'FCFFF', 'FYFFF', 'FCFFF', 'FCFFF', 'FCFFF')],
  ['release', row('FFFCF', 'FFFCF', 'FFFCF', 'FFFYF', 'FFFCF', 'FFFCF')],
  ['acknowledge', row('CFFFF', 'CFFFF', 'CFFFF', 'CFFFF', 'YFFFF', 'CFFFF')],
  ['reopen_self', row('FCFCF', 'FCFCF', 'FYFYF', 'FCFCF', 'FCFCF', 'FCFCF')],
];

function row(...letters: string[]): Record<ReviewPhase, string> {
  const phases = Object.keys(scenarios) as ReviewPhase[];
  return Object.fromEntries(phases.map((p, i) => [p, letters[i] ?? ''])) as Record<
    ReviewPhase,
    string
  >;
}

const cases = table.flatMap(([action, byPhase]) =>
  (Object.entries(byPhase) as [ReviewPhase, string][]).flatMap(([phase, letters]) =>
    roles.map((role, i) => [action, phase, role, verdicts[letters[i] as Letter]] as const),
  ),
);

describe('decideReviewAction: every action x phase x role', () => {
  it('covers 7 actions x 6 phases x 5 roles', () => {
    expect(new Set(cases.map((c) => c.join())).size).toBe(210);
  });

  it.each(Object.entries(scenarios))('the %s scenario is in that phase', (phase, s) => {
    expect(reviewPhaseAt(s.cycle, s.now)).toBe(phase);
  });

  it.each(cases)('%s in %s by the %s: %s', (action, phase, role, expected) => {
    const decision = decideReviewAction({ ...scenarios[phase], actor: actors[role], action });
    expect(decision.allowed ? 'allowed' : decision.code).toBe(expected);
    if (!decision.allowed) expect(decision.reason).toMatch(/^[A-Z].+\.$/);
  });
});
