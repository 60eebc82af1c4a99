import { ApiError } from '../../api/api-error';
import { checkDraft } from './draft-checks';
import { fieldKeyOf, firstErrorField, problemsOf } from './form-errors';
import { blankDraft, type GoalDraft } from './goal-draft';

describe('server field paths', () => {
  it.each([
    ['title', 'title'],
    ['metric.target', 'metric.target'],
    ['metric', 'metric.unit'],
    ['parentIds', 'parents'],
    ['parentIds.1.weight', 'parents'],
    ['periodId', 'dueDate'],
    ['ownerId', undefined],
  ])('puts %s next to %s', (path, key) => {
    expect(fieldKeyOf(path)).toBe(key);
  });

  it('keeps messages no field can show for the top of the form', () => {
    const error = new ApiError(400, {
      detail: 'Invalid goal.',
      errors: [
        { field: 'body.title', message: 'too short' },
        { field: 'body.ownerId', message: 'is unknown' },
      ],
    });
    expect(problemsOf(error)).toEqual({
      errors: { title: 'Too short' },
      general: 'ownerId is unknown',
    });
  });

  it.each([
    [new ApiError(403, { detail: 'Not yours.' }), 'Not yours.'],
    [new Error('offline'), 'offline'],
  ])('uses the error’s own words when no field is named', (error, general) => {
    expect(problemsOf(error)).toEqual({ errors: {}, general });
  });
});

describe('checks before saving', () => {
  const valid: GoalDraft = {
    ...blankDraft('2026-10-01'),
    title: 'Ship the billing page',
    dueDate: '2026-12-31',
  };

  it.each<[string, Partial<GoalDraft>, string[]]>([
    ['a valid draft', {}, []],
    ['no title', { title: ' ' }, ['title']],
    ['a two-letter title', { title: 'Go' }, ['title']],
    ['no dates', { startDate: '', dueDate: '' }, ['startDate', 'dueDate']],
    ['due before start', { dueDate: '2026-09-30' }, ['dueDate']],
    ['an empty metric', { measured: true }, ['metric.unit', 'metric.start', 'metric.target']],
    ['a switched-off metric', { measured: false, start: 'x' }, []],
    [
      'a weight out of range',
      {
        parents: [
          { goalId: 'a', weight: 0 },
          { goalId: 'b', weight: 50 },
        ],
      },
      ['parents'],
    ],
    ['a lone parent without weight', { parents: [{ goalId: 'a', weight: NaN }] }, []],
  ])('%s', (_case, change, fields) => {
    const errors = checkDraft({ ...valid, ...change });
    expect(Object.keys(errors)).toEqual(fields);
    expect(firstErrorField(errors)).toBe(fields[0]);
  });
});
