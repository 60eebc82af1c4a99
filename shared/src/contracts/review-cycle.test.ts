import { CreateCycleSchema, ReviewCycleSchema, ReviewTemplateSchema } from './review-cycle.js';

const phases = {
  selfReview: { start: '2026-11-01', end: '2026-11-14' },
  managerReview: { start: '2026-11-17', end: '2026-11-28' },
  release: '2026-12-01',
  acknowledgeBy: '2026-12-08',
};
const template = {
  questions: [
    {
      id: 'impact',
      kind: 'rating',
      text: 'Impact',
      levels: ['Low', 'Some', 'Solid', 'High', 'Top'],
    },
    { id: 'story', kind: 'text', text: 'Highlights', maxLength: 2000 },
    { id: 'goals', kind: 'goals', text: 'Goals' },
  ],
};
const cycle = { name: 'H2 2026', periodId: 'h2', scope: { kind: 'tenant' }, phases, template };

/** The paths of the issues, dotted, as the HTTP edge names fields. */
function badFields(input: unknown): string[] {
  const result = CreateCycleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('CreateCycleSchema', () => {
  it('accepts a cycle, with phases that touch', () => {
    const touching = { ...phases, selfReview: { start: '2026-11-01', end: '2026-11-17' } };
    expect(badFields(cycle)).toEqual([]);
    expect(
      badFields({
        ...cycle,
        phases: { ...touching, release: '2026-11-28', acknowledgeBy: '2026-11-28' },
      }),
    ).toEqual([]);
  });

  it.each<[string, object, string[]]>([
    [
      'self end before its start',
      { selfReview: { start: '2026-11-14', end: '2026-11-01' } },
      ['phases.selfReview.end'],
    ],
    [
      'manager start inside the self review',
      { managerReview: { start: '2026-11-10', end: '2026-11-28' } },
      ['phases.managerReview.start'],
    ],
    [
      'manager end before its start',
      { managerReview: { start: '2026-11-17', end: '2026-11-16' } },
      ['phases.managerReview.end'],
    ],
    ['release before the manager review ends', { release: '2026-11-27' }, ['phases.release']],
    ['acknowledge before release', { acknowledgeBy: '2026-11-30' }, ['phases.acknowledgeBy']],
    [
      'two problems',
      { release: '2026-11-27', acknowledgeBy: '2026-11-01' },
      ['phases.release', 'phases.acknowledgeBy'],
    ],
  ])('refuses %s, naming the field', (_name, change, fields) => {
    expect(badFields({ ...cycle, phases: { ...phases, ...change } })).toEqual(fields);
  });

  it('says which date it must follow', () => {
    const result = CreateCycleSchema.safeParse({
      ...cycle,
      phases: { ...phases, release: '2026-11-27' },
    });
    expect(result.error?.issues[0]?.message).toBe(
      'must be on or after managerReview.end (2026-11-28)',
    );
  });

  it.each<[string, object, string]>([
    ['an unknown field', { ...cycle, extra: 1 }, ''],
    ['a short name', { ...cycle, name: 'H2' }, 'name'],
    [
      'no departments',
      { ...cycle, scope: { kind: 'departments', departments: [] } },
      'scope.departments',
    ],
    [
      'a department twice',
      { ...cycle, scope: { kind: 'departments', departments: ['A', 'A'] } },
      'scope.departments',
    ],
    ['a bad date', { ...cycle, phases: { ...phases, release: '2026-13-01' } }, 'phases.release'],
  ])('refuses %s', (_name, input, field) => {
    expect(badFields(input)).toEqual([field]);
  });
});

describe('ReviewTemplateSchema', () => {
  const rating = template.questions[0];
  it.each<[string, unknown[], string]>([
    ['four levels', [{ ...rating, levels: ['1', '2', '3', '4'] }], 'questions.0.levels'],
    ['six levels', [{ ...rating, levels: ['1', '2', '3', '4', '5', '6'] }], 'questions.0.levels'],
    [
      'an empty level label',
      [{ ...rating, levels: ['1', '2', '', '4', '5'] }],
      'questions.0.levels.2',
    ],
    ['an unknown kind', [{ id: 'x', kind: 'scale', text: 'X' }], 'questions.0.kind'],
    [
      'a text question without maxLength',
      [{ id: 'x', kind: 'text', text: 'X' }],
      'questions.0.maxLength',
    ],
    ['the same id twice', [rating, rating], 'questions'],
    ['no questions', [], 'questions'],
  ])('refuses %s', (_name, questions, field) => {
    const result = ReviewTemplateSchema.safeParse({ questions });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('ReviewCycleSchema', () => {
  it('reads a stored cycle', () => {
    const stored = {
      ...cycle,
      id: 'c1',
      tenantId: 't1',
      state: 'open',
      createdAt: '2026-10-01T09:00:00.000Z',
      updatedAt: '2026-10-01T09:00:00.000Z',
      etag: '"1"',
    };
    expect(ReviewCycleSchema.parse(stored)).toEqual(stored);
  });
});
