import { z } from 'zod';
import { IdSchema } from './common.js';
import { GoalViewSchema } from './goal.js';

export const HealthFlagCodeSchema = z.enum([
  'orphan',
  'stale',
  'parent_inactive',
  'due_after_parent',
  'owner_overloaded',
]);
export type HealthFlagCode = z.infer<typeof HealthFlagCodeSchema>;

export const HealthFlagSchema = z.object({ code: HealthFlagCodeSchema, message: z.string() });
export type HealthFlag = z.infer<typeof HealthFlagSchema>;

/** One goal in the alignment graph; a goal with several parents appears once, under each. */
export const AlignmentNodeSchema = z.object({
  goal: GoalViewSchema,
  /** Children in this answer. */
  childIds: z.array(IdSchema),
  /**
   * All of the goal's children the caller may see; more than `childIds` when the answer stopped
   * above them (ask again with `rootId` set to this goal to get them).
   */
  childCount: z.number().int().nonnegative(),
  flags: z.array(HealthFlagSchema),
});
export type AlignmentNode = z.infer<typeof AlignmentNodeSchema>;

export const CoverageSchema = z.object({
  /** Active individual goals whose alignment reaches a company goal. */
  aligned: z.number().int(),
  /** All active individual goals in scope. */
  total: z.number().int(),
  /** aligned / total, 0 when there are none. */
  ratio: z.number().min(0).max(1),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const AlignmentResponseSchema = z.object({
  periodId: z.string().nullable(),
  rootIds: z.array(IdSchema),
  nodes: z.array(AlignmentNodeSchema),
  coverage: CoverageSchema,
});
export type AlignmentResponse = z.infer<typeof AlignmentResponseSchema>;

export const AlignmentQuerySchema = z.strictObject({
  period: IdSchema.optional(),
  rootId: IdSchema.optional(),
});
