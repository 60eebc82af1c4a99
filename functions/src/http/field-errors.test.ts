import { z } from 'zod';
import { fieldErrorsFrom, parseOrThrow } from './field-errors.js';

const GoalSchema = z.strictObject({
  title: z.string().min(1),
  metric: z.strictObject({ target: z.number(), unit: z.string() }),
  tags: z.array(z.string()).optional(),
});

/** The zod error of a failed parse, for feeding `fieldErrorsFrom` directly. */
function zodErrorOf(schema: z.ZodType, input: unknown): z.ZodError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the parse to fail');
  return result.error;
}

/** What `work` throws, as a rejection, so its fields can be matched. */
const thrownBy = (work: () => unknown) => Promise.resolve().then(work);

const fieldsOf = (part: 'body' | 'query' | 'params', schema: z.ZodType, input: unknown) =>
  fieldErrorsFrom(part, zodErrorOf(schema, input)).map((f) => f.field);

const VALID = { title: 'Ship it', metric: { target: 3, unit: 'releases' } };

describe('fieldErrorsFrom', () => {
  it.each<[string, unknown, string[]]>([
    ['a nested field', { ...VALID, metric: { target: 'x', unit: 'u' } }, ['body.metric.target']],
    ['an array element', { ...VALID, tags: ['a', 2] }, ['body.tags.1']],
    ['a missing top-level field', { metric: VALID.metric }, ['body.title']],
    ['a missing object', { title: 't' }, ['body.metric']],
    ['the whole body', 'not an object', ['body']],
    ['null', null, ['body']],
  ])('names %s', (_case, input, fields) => {
    expect(fieldsOf('body', GoalSchema, input)).toEqual(fields);
  });

  it('names every bad field, not only the first', () => {
    const input = { title: '', metric: { target: 'x', unit: 1 } };
    expect(fieldsOf('body', GoalSchema, input).sort()).toEqual([
      'body.metric.target',
      'body.metric.unit',
      'body.title',
    ]);
  });

  it('names unknown keys one by one', () => {
    const input = { ...VALID, colour: 'red', size: 2 };
    expect(fieldsOf('body', GoalSchema, input)).toEqual(['body.colour', 'body.size']);
  });

  it('names unknown keys at their nested path', () => {
    const input = { ...VALID, metric: { ...VALID.metric, extra: true } };
    expect(fieldsOf('body', GoalSchema, input)).toEqual(['body.metric.extra']);
  });

  it('names a __proto__ key that JSON.parse made an own property', () => {
    const input: unknown = JSON.parse('{"__proto__":1}');
    expect(fieldsOf('body', z.strictObject({}), input)).toEqual(['body.__proto__']);
  });

  it.each([['query'], ['params']] as const)('prefixes fields with %s', (part) => {
    expect(fieldsOf(part, z.object({ id: z.uuid() }), { id: 'x' })).toEqual([`${part}.id`]);
  });

  it('says what is wrong with each field', () => {
    const errors = fieldErrorsFrom('body', zodErrorOf(GoalSchema, { ...VALID, extra: 1 }));
    expect(errors).toEqual([{ field: 'body.extra', message: 'is not a known field' }]);
  });
});

describe('parseOrThrow', () => {
  it('returns the parsed value', () => {
    const schema = z.object({ limit: z.coerce.number() });
    expect(parseOrThrow('query', schema, { limit: '5' })).toEqual({ limit: 5 });
  });

  it('throws a validation error naming every bad field', async () => {
    const work = () => parseOrThrow('body', GoalSchema, { title: '', metric: VALID.metric, x: 1 });
    await expect(thrownBy(work)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/body\.title.*body\.x|body\.x.*body\.title/) as unknown,
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'body.title' }),
        { field: 'body.x', message: 'is not a known field' },
      ]) as unknown,
    });
  });

  it('names the root as body when the body is not an object', async () => {
    await expect(thrownBy(() => parseOrThrow('body', GoalSchema, []))).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: [expect.objectContaining({ field: 'body' })],
    });
  });
});
