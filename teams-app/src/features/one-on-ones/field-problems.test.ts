import { ApiError } from '../../api/api-error';
import { fieldProblems } from './field-problems';

const invalid = (errors: { field: string; message: string }[]) =>
  new ApiError(400, { code: 'validation', detail: 'The request is not valid.', errors });

describe('fieldProblems', () => {
  it.each([
    [
      'a named field',
      invalid([{ field: 'body.text', message: 'is too long' }]),
      { fields: { text: 'is too long' }, general: null },
    ],
    [
      'an element of a field',
      invalid([{ field: 'body.goalIds.0', message: 'is not an id' }]),
      { fields: { goalIds: 'is not an id' }, general: null },
    ],
    [
      'a field the form does not have',
      invalid([{ field: 'body.extra', message: 'is unknown' }]),
      { fields: {}, general: 'The request is not valid.' },
    ],
    [
      'an error without fields',
      new ApiError(503, { detail: 'Down for maintenance.' }),
      { fields: {}, general: 'Down for maintenance.' },
    ],
    ['anything else thrown', new Error('boom'), { fields: {}, general: 'boom' }],
  ])('places %s', (_, error, expected) => {
    expect(fieldProblems(error, ['text', 'goalIds'] as const)).toEqual(expected);
  });
});
