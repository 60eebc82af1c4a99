import type { ReviewAnswers } from '../../contracts/review.js';
import { COMMENT_MAX_LENGTH, validateAnswers, type FieldIssue } from './answers.js';
import { testCycle } from './test-review.js';

// The test template: `impact` (rating), `story` (text, at most 100), `goals` (goals).
const { template } = testCycle();

describe('validateAnswers', () => {
  it.each<[string, ReviewAnswers, FieldIssue[]]>([
    ['no answers', {}, []],
    [
      'one of each',
      {
        impact: { rating: 3, text: 'why' },
        story: { text: 'x'.repeat(100) },
        goals: { text: 'ok' },
      },
      [],
    ],
    [
      'an unknown question',
      { nope: { text: 'hi' } },
      [{ field: 'answers.nope', message: 'is not a question of this review' }],
    ],
    [
      'a rating on a text question',
      { story: { rating: 3 } },
      [{ field: 'answers.story.rating', message: 'only a rating question takes a rating' }],
    ],
    [
      'a rating on the goals',
      { goals: { rating: 5 } },
      [{ field: 'answers.goals.rating', message: 'only a rating question takes a rating' }],
    ],
    ...[0, 6, 2.5, -1].map((rating): [string, ReviewAnswers, FieldIssue[]] => [
      `a rating of ${rating}`,
      { impact: { rating } },
      [{ field: 'answers.impact.rating', message: 'must be a whole number from 1 to 5' }],
    ]),
    [
      'text over the question maxLength',
      { story: { text: 'x'.repeat(101) } },
      [{ field: 'answers.story.text', message: 'must be at most 100 characters' }],
    ],
    [
      'a comment over the comment limit',
      { impact: { rating: 2, text: 'x'.repeat(COMMENT_MAX_LENGTH + 1) } },
      [
        {
          field: 'answers.impact.text',
          message: `must be at most ${COMMENT_MAX_LENGTH} characters`,
        },
      ],
    ],
    [
      'several problems at once',
      { story: { rating: 9, text: 'x'.repeat(101) }, other: {} },
      [
        { field: 'answers.story.rating', message: 'only a rating question takes a rating' },
        { field: 'answers.story.text', message: 'must be at most 100 characters' },
        { field: 'answers.other', message: 'is not a question of this review' },
      ],
    ],
  ])('%s', (_name, answers, issues) => {
    expect(validateAnswers(template, answers)).toEqual(issues);
  });

  it.each<[ReviewAnswers, FieldIssue[]]>([
    [{}, [{ field: 'answers.impact.rating', message: 'is needed to submit' }]],
    [
      { impact: { text: 'no rating' } },
      [{ field: 'answers.impact.rating', message: 'is needed to submit' }],
    ],
    [{ impact: { rating: 4 } }, []],
  ])('for a submit, every rating question needs a rating: %j', (answers, issues) => {
    expect(validateAnswers(template, answers, { forSubmit: true })).toEqual(issues);
  });
});
