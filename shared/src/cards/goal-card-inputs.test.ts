import {
  CheckInCardDataSchema,
  GoalCardActionDataSchema,
  KudosCardDataSchema,
} from './goal-card-inputs.js';

describe('CheckInCardDataSchema (what Teams sends for the checkIn verb)', () => {
  it.each([
    [
      'strings from the inputs',
      { goalId: 'g-1', value: '42.5', confidence: '7', note: ' Done ' },
      { goalId: 'g-1', value: 42.5, confidence: 7, note: 'Done' },
    ],
    [
      'numbers',
      { goalId: 'g-1', value: 0, confidence: 0 },
      { goalId: 'g-1', value: 0, confidence: 0 },
    ],
    [
      'an empty note as no note',
      { goalId: 'g-1', value: '-3', confidence: '10', note: '  ' },
      { goalId: 'g-1', value: -3, confidence: 10 },
    ],
  ])('reads %s', (_case, data, expected) => {
    expect(CheckInCardDataSchema.parse(data)).toEqual(expected);
  });

  it.each([
    ['an empty value (not zero)', { goalId: 'g-1', value: '', confidence: '5' }, 'value'],
    ['a value that is not a number', { goalId: 'g-1', value: 'lots', confidence: '5' }, 'value'],
    ['confidence over 10', { goalId: 'g-1', value: '1', confidence: '11' }, 'confidence'],
    ['fractional confidence', { goalId: 'g-1', value: '1', confidence: '6.5' }, 'confidence'],
    ['a missing confidence', { goalId: 'g-1', value: '1' }, 'confidence'],
    [
      'a note over 2000 characters',
      { goalId: 'g-1', value: '1', confidence: '5', note: 'n'.repeat(2001) },
      'note',
    ],
    ['a hostile goal id', { goalId: '../x', value: '1', confidence: '5' }, 'goalId'],
  ])('rejects %s', (_case, data, field) => {
    const result = CheckInCardDataSchema.safeParse(data);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('KudosCardDataSchema (what Teams sends for the giveKudos verb)', () => {
  it('reads a value and a message', () => {
    expect(
      KudosCardDataSchema.parse({ goalId: 'g', companyValue: 'Be bold', message: ' Thanks ' }),
    ).toEqual({
      goalId: 'g',
      companyValue: 'Be bold',
      message: 'Thanks',
    });
  });

  it.each([
    ['no value', { goalId: 'g', companyValue: '', message: 'Thanks' }, 'companyValue'],
    ['a blank message', { goalId: 'g', companyValue: 'Be bold', message: '   ' }, 'message'],
  ])('rejects %s', (_case, data, field) => {
    expect(KudosCardDataSchema.safeParse(data).error?.issues.map((i) => i.path.join('.'))).toEqual([
      field,
    ]);
  });
});

it('GoalCardActionDataSchema reads the goal id of a refresh', () => {
  expect(GoalCardActionDataSchema.parse({ goalId: 'g-1' })).toEqual({ goalId: 'g-1' });
  expect(GoalCardActionDataSchema.safeParse({}).success).toBe(false);
});
