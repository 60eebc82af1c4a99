import { z } from 'zod';
import { DateSchema, IdSchema } from './common.js';
import { GoalLevelSchema, MetricSchema, ParentLinkSchema } from './goal.js';

/** `POST /api/goals/smart-check`: a draft, so every field but the title may be missing. */
export const SmartCheckRequestSchema = z.strictObject({
  title: z.string().max(200),
  description: z.string().max(4000).optional(),
  level: GoalLevelSchema.optional(),
  metric: MetricSchema.optional(),
  parentIds: z.array(ParentLinkSchema).max(10).optional(),
  startDate: DateSchema.optional(),
  dueDate: DateSchema.optional(),
  periodId: IdSchema.optional(),
});
export type SmartCheckRequest = z.infer<typeof SmartCheckRequestSchema>;

export const SmartCriterionSchema = z.enum([
  'specific',
  'measurable',
  'achievable',
  'relevant',
  'timeBound',
]);
export type SmartCriterion = z.infer<typeof SmartCriterionSchema>;

export const VerdictSchema = z.enum(['pass', 'warn', 'fail']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const SmartFindingSchema = z.object({
  criterion: SmartCriterionSchema,
  verdict: VerdictSchema,
  /** Plain words the writer can act on. */
  hint: z.string(),
});
export type SmartFinding = z.infer<typeof SmartFindingSchema>;

export const SmartCheckResponseSchema = z.object({
  findings: z.array(SmartFindingSchema),
  /** Worst verdict over all criteria. */
  overall: VerdictSchema,
});
export type SmartCheckResponse = z.infer<typeof SmartCheckResponseSchema>;
