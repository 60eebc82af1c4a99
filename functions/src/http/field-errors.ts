import type { z } from 'zod';
import type { FieldError } from '../ports/errors.js';
import { DomainError } from '../ports/errors.js';

type Part = 'body' | 'query' | 'params';

/** Turns zod issues into one field error per bad field, named like `body.metric.target`. */
export function fieldErrorsFrom(part: Part, error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const base = [part, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ field: `${base}.${key}`, message: 'is not a known field' });
      }
    } else {
      out.push({ field: base, message: issue.message });
    }
  }
  return out;
}

/** Parses `input` with `schema`, or throws a `validation` error naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(
  part: Part,
  schema: S,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsFrom(part, result.error);
  const names = fieldErrors.map((f) => f.field).join(', ');
  throw new DomainError('validation', `Check these fields: ${names}.`, { fieldErrors });
}
