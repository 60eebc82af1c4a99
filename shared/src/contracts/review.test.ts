import { ReviewCommandSchema, ReviewQuerySchema, UpdateReviewSectionSchema } from './review.js';

function badFields(input: unknown): string[] {
  const result = UpdateReviewSectionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('UpdateReviewSectionSchema', () => {
  it.each([
    [{ section: 'self', answers: {} }],
    [{ section: 'manager', answers: { impact: { rating: 5, text: 'great' } }, submit: true }],
  ])('accepts %j', (input) => {
    expect(badFields(input)).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['an unknown section', { section: 'peer', answers: {} }, ['section']],
    ['a rating of 0', { section: 'self', answers: { q: { rating: 0 } } }, ['answers.q.rating']],
    ['a rating of 6', { section: 'self', answers: { q: { rating: 6 } } }, ['answers.q.rating']],
    ['a rating of 2.5', { section: 'self', answers: { q: { rating: 2.5 } } }, ['answers.q.rating']],
    ['an unknown answer field', { section: 'self', answers: { q: { score: 1 } } }, ['answers.q']],
    ['a bad question id', { section: 'self', answers: { 'a b': {} } }, ['answers.a b']],
    [
      'text over 20000',
      { section: 'self', answers: { q: { text: 'x'.repeat(20_001) } } },
      ['answers.q.text'],
    ],
    ['an unknown field', { section: 'self', answers: {}, submittedAt: 'now' }, ['']],
    ['submit as text', { section: 'self', answers: {}, submit: 'yes' }, ['submit']],
  ])('refuses %s', (_name, input, fields) => {
    expect(badFields(input)).toEqual(fields);
  });

  it('refuses more than 50 answers', () => {
    const answers = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, {}]));
    expect(badFields({ section: 'self', answers })).toEqual(['answers']);
  });
});

describe('ReviewCommandSchema and ReviewQuerySchema', () => {
  it.each([
    ['release', true],
    ['acknowledge', true],
    ['reopen_self', true],
    ['submit_self', false],
  ])('action %s: %s', (action, ok) => {
    expect(ReviewCommandSchema.safeParse({ action }).success).toBe(ok);
  });

  it('pages and filters', () => {
    expect(ReviewQuerySchema.parse({ cycleId: 'c1', limit: '10' })).toEqual({
      cycleId: 'c1',
      limit: 10,
    });
    expect(ReviewQuerySchema.safeParse({ cycleId: 'c1', owner: 'x' }).success).toBe(false);
  });
});
