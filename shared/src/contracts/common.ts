import { z } from 'zod';

/** An opaque id: letters, digits, dash and underscore, as used for every document and person. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "-" and "_"');

/** A calendar date `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();

/** An instant in ISO 8601 with offset, as stored (`2026-11-27T10:00:00.000Z`). */
export const InstantSchema = z.iso.datetime({ offset: true });

/** One page of a list: `nextCursor` is absent on the last page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** `?limit=&cursor=` on every list route. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(512).optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** RFC 9457 problem details, with `errors` naming each bad field on a 400. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  traceId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
