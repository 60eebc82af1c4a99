import type { ReviewAnswers, ReviewTemplate } from '@northstar/shared';

/**
 * The demo cycles' questions: two 1-5 ratings with labelled levels, one free-text question and
 * the goals section. FAKE content for local runs and tests.
 */
export const DEMO_REVIEW_TEMPLATE: ReviewTemplate = {
  questions: [
    {
      id: 'impact',
      kind: 'rating',
      text: 'Impact: how much did the work move the team’s goals forward?',
      levels: [
        'Well below expectations',
        'Below expectations',
        'Meets expectations',
        'Above expectations',
        'Far above expectations',
      ],
    },
    {
      id: 'collaboration',
      kind: 'rating',
      text: 'Collaboration: how well did they work with others and share what they know?',
      levels: ['Rarely', 'Sometimes', 'Usually', 'Consistently', 'A role model for others'],
    },
    {
      id: 'highlights',
      kind: 'text',
      text: 'What are you most proud of this period, and what would you do differently?',
      maxLength: 4000,
    },
    { id: 'goals', kind: 'goals', text: 'How did the goals of this period go?' },
  ],
};

/** `[personId, submitted?, days ago, impact, collaboration, highlights]`. */
type SelfReviewRow = readonly [string, 'submitted' | 'draft', number, number, number, string];

/**
 * Self reviews under way in the open cycle, so the team view and the admin report show real
 * numbers: 6 submitted (3 Engineering, 2 Sales, 1 People & Operations) and 4 drafts. Everyone
 * else has not started. Days ago are within the self-review phase, which began 4 days ago.
 */
export const OPEN_CYCLE_SELF_REVIEWS: readonly SelfReviewRow[] = [
  ['ananya-iyer', 'submitted', 2, 4, 4, 'Alert noise is down by half; on-call is quieter.'],
  ['grady-archie', 'submitted', 1, 4, 3, 'SLO dashboards for most tier-1 services.'],
  ['johanna-lorenz', 'submitted', 3, 5, 4, 'Led the checkout redesign from spike to launch.'],
  ['isaiah-langer', 'submitted', 2, 3, 4, 'Two enterprise deals closed; a third slipped.'],
  ['amelia-clarke', 'submitted', 1, 4, 4, 'Opened three new accounts in the Nordics.'],
  ['joni-sherman', 'submitted', 3, 3, 5, 'Rolled out the new onboarding checklist.'],
  ['arjun-mehta', 'draft', 1, 4, 0, 'Failover drill: '],
  ['wei-chen', 'draft', 2, 0, 0, 'CI builds are faster; '],
  ['lukas-schmidt', 'draft', 1, 3, 3, ''],
  ['rahul-verma', 'draft', 2, 0, 4, 'Blog traffic grew; '],
];

/** `[impact, collaboration]` manager ratings, given round-robin in the closed cycle. */
const CLOSED_CYCLE_RATINGS: readonly (readonly [number, number])[] = [
  [3, 4],
  [4, 3],
  [3, 3],
  [4, 4],
  [2, 3],
  [5, 4],
  [3, 2],
  [4, 5],
];

/** Ratings (0 means not rated yet) and a text as answers. */
export function answersOf(impact: number, collaboration: number, text: string): ReviewAnswers {
  return {
    ...(impact > 0 ? { impact: { rating: impact } } : {}),
    ...(collaboration > 0 ? { collaboration: { rating: collaboration } } : {}),
    ...(text === '' ? {} : { highlights: { text } }),
  };
}

/**
 * The self and manager answers of the `index`-th review of the closed cycle: the manager's
 * ratings go round `CLOSED_CYCLE_RATINGS`; people rate their own impact one higher (at most 5).
 */
export function closedCycleAnswers(index: number): { self: ReviewAnswers; manager: ReviewAnswers } {
  const [impact, collaboration] = CLOSED_CYCLE_RATINGS[index % CLOSED_CYCLE_RATINGS.length] ?? [
    3, 3,
  ];
  return {
    self: answersOf(Math.min(5, impact + 1), collaboration, 'Delivered what I planned.'),
    manager: answersOf(impact, collaboration, 'A solid half; see the goals for detail.'),
  };
}
