import { z } from 'zod';
import { DateSchema, IdSchema, InstantSchema, PageQuerySchema } from './common.js';

export const GoalLevelSchema = z.enum(['company', 'team', 'individual', 'development']);
export type GoalLevel = z.infer<typeof GoalLevelSchema>;

export const VisibilitySchema = z.enum(['private', 'public']);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const GoalStateSchema = z.enum(['active', 'archived']);
export type GoalState = z.infer<typeof GoalStateSchema>;

export const GoalStatusSchema = z.enum(['done', 'on_track', 'at_risk', 'off_track', 'stale']);
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

const finite = z.number().min(-1e12).max(1e12);

/** What a goal measures: progress runs from `start` to `target` (a decrease when target < start). */
export const MetricSchema = z.strictObject({
  unit: z.string().trim().min(1).max(24),
  start: finite,
  target: finite,
});
export type Metric = z.infer<typeof MetricSchema>;

/** One alignment edge: this goal feeds `goalId` with `weight` (relative, 1-100). */
export const ParentLinkSchema = z.strictObject({
  goalId: IdSchema,
  weight: z.number().min(1).max(100),
});
export type ParentLink = z.infer<typeof ParentLinkSchema>;

const ParentLinksSchema = z
  .array(ParentLinkSchema)
  .max(10)
  .refine((links) => new Set(links.map((l) => l.goalId)).size === links.length, {
    error: 'must not name the same parent twice',
  });

/** A goal as stored. `etag` is the store's concurrency token (Cosmos `_etag`, SQLite version). */
export const GoalSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  title: z.string(),
  description: z.string(),
  level: GoalLevelSchema,
  ownerId: IdSchema,
  parentIds: z.array(ParentLinkSchema),
  metric: MetricSchema.nullable(),
  /** Latest checked-in value: in the metric's unit, or percent (0-100) without a metric. */
  current: z.number().nullable(),
  startDate: DateSchema,
  dueDate: DateSchema,
  periodId: z.string(),
  visibility: VisibilitySchema,
  state: GoalStateSchema,
  lastCheckInAt: InstantSchema.nullable(),
  lastConfidence: z.number().int().min(0).max(10).nullable(),
  createdBy: IdSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  etag: z.string(),
});
export type Goal = z.infer<typeof GoalSchema>;

/** A goal as the API returns it: with computed progress (0-1) and derived status. */
export const GoalViewSchema = GoalSchema.extend({
  progress: z.number().min(0).max(1),
  status: GoalStatusSchema,
});
export type GoalView = z.infer<typeof GoalViewSchema>;

const TitleSchema = z.string().trim().min(3).max(200);
const DescriptionSchema = z.string().max(4000);

/** `POST /api/goals`. */
export const CreateGoalSchema = z
  .strictObject({
    title: TitleSchema,
    description: DescriptionSchema.optional(),
    level: GoalLevelSchema,
    ownerId: IdSchema.optional(),
    parentIds: ParentLinksSchema.optional(),
    metric: MetricSchema.optional(),
    startDate: DateSchema,
    dueDate: DateSchema,
    periodId: IdSchema.optional(),
    visibility: VisibilitySchema.optional(),
  })
  .refine((g) => g.dueDate >= g.startDate, {
    error: 'must be on or after startDate',
    path: ['dueDate'],
  });
export type CreateGoal = z.infer<typeof CreateGoalSchema>;

/** `PATCH /api/goals/{id}` (If-Match): any editable field. */
export const UpdateGoalSchema = z
  .strictObject({
    title: TitleSchema,
    description: DescriptionSchema,
    ownerId: IdSchema,
    parentIds: ParentLinksSchema,
    metric: MetricSchema.nullable(),
    startDate: DateSchema,
    dueDate: DateSchema,
    periodId: IdSchema,
    visibility: VisibilitySchema,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: 'must change at least one field' });
export type UpdateGoal = z.infer<typeof UpdateGoalSchema>;

/** `GET /api/goals` query. */
export const GoalQuerySchema = PageQuerySchema.extend({
  /** A person's id, or `me` for the caller. */
  ownerId: IdSchema.optional(),
  level: GoalLevelSchema.optional(),
  period: IdSchema.optional(),
  parentId: IdSchema.optional(),
  status: GoalStatusSchema.optional(),
  includeArchived: z.enum(['true', 'false']).optional(),
});
export type GoalQuery = z.infer<typeof GoalQuerySchema>;

/** A check-in as stored. */
export const CheckInSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  goalId: IdSchema,
  value: z.number(),
  confidence: z.number().int().min(0).max(10),
  note: z.string(),
  authorId: IdSchema,
  createdAt: InstantSchema,
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** `POST /api/goals/{id}/checkins`. */
export const CreateCheckInSchema = z.strictObject({
  value: finite,
  confidence: z.number().int().min(0).max(10),
  note: z.string().max(2000).optional(),
});
export type CreateCheckIn = z.infer<typeof CreateCheckInSchema>;
