import { ApiError, messageOf } from '../../api/api-error';

/** A failed save, split into messages for the form's fields and one for the rest. */
export interface FieldProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  /** What no field shows: the whole message when no field was named. */
  general: string | null;
}

/**
 * Puts each problem+json field error next to the form field it is about (`goalIds.0` belongs
 * to `goalIds`); anything else becomes the general message.
 */
export function fieldProblems<F extends string>(
  error: unknown,
  fields: readonly F[],
): FieldProblems<F> {
  const found: Partial<Record<F, string>> = {};
  let unplaced = !(error instanceof ApiError) || Object.keys(error.fieldErrors).length === 0;
  if (error instanceof ApiError) {
    for (const [key, message] of Object.entries(error.fieldErrors)) {
      const field = fields.find((f) => key === f || key.startsWith(`${f}.`));
      if (field === undefined) unplaced = true;
      else found[field] ??= message;
    }
  }
  return { fields: found, general: unplaced ? messageOf(error) : null };
}
