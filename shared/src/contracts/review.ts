import { z } from 'zod';
import { IdSchema, InstantSchema, PageQuerySchema } from './common.js';
import { GoalLevelSchema, GoalStateSchema, GoalStatusSchema } from './goal.js';
import { ReviewTemplateSchema } from './review-cycle.js';

/** Free text in an answer is capped here; a text question's own `maxLength` is checked too. */
export const ANSWER_TEXT_MAX = 20_000;

/** One answer: a 1-5 rating (rating questions only) and/or text (a comment on a rating). */
export const ReviewAnswerSchema = z.strictObject({
  rating: z.number().int().min(1).max(5).optional(),
  text: z.string().max(ANSWER_TEXT_MAX).optional(),
});
export type ReviewAnswer = z.infer<typeof ReviewAnswerSchema>;

/** Answers by question id. Checked against the cycle's template by `validateAnswers`. */
export const ReviewAnswersSchema = z
  .record(IdSchema, ReviewAnswerSchema)
  .refine((a) => Object.keys(a).length <= 50, { error: 'must answer at most 50 questions' });
export type ReviewAnswers = z.infer<typeof ReviewAnswersSchema>;

/** The self or the manager section; `submittedAt` null while it is a draft. */
export const ReviewSectionSchema = z.object({
  answers: ReviewAnswersSchema,
  submittedAt: InstantSchema.nullable(),
});
export type ReviewSection = z.infer<typeof ReviewSectionSchema>;

/** A review as stored (container `reviews`, one per reviewee per cycle). */
export const ReviewSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  cycleId: IdSchema,
  revieweeId: IdSchema,
  /** The reviewee's manager when the cycle was opened. */
  reviewerId: IdSchema,
  self: ReviewSectionSchema,
  manager: ReviewSectionSchema,
  /** Set by an admin's early release; reviews are also released on the cycle's release date. */
  releasedAt: InstantSchema.nullable(),
  acknowledgedAt: InstantSchema.nullable(),
  /** Set when the reviewer or an admin reopened the self review, cleared when it is resubmitted. */
  selfReopenedAt: InstantSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  etag: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** Every action on a review, as the state machine `decideReviewAction` knows them. */
export const ReviewActionSchema = z.enum([
  'save_self',
  'submit_self',
  'save_manager',
  'submit_manager',
  'release',
  'acknowledge',
  'reopen_self',
]);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

/** Where a cycle stands on a given day; see `reviewPhaseAt`. */
export const ReviewPhaseSchema = z.enum([
  'not_started',
  'self_review',
  'manager_review',
  'awaiting_release',
  'released',
  'closed',
]);
export type ReviewPhase = z.infer<typeof ReviewPhaseSchema>;

/** `PATCH /api/reviews/{id}` (If-Match): save a section's draft, or save and submit it. */
export const UpdateReviewSectionSchema = z.strictObject({
  section: z.enum(['self', 'manager']),
  answers: ReviewAnswersSchema,
  submit: z.boolean().optional(),
});
export type UpdateReviewSection = z.infer<typeof UpdateReviewSectionSchema>;

/** `POST /api/reviews/{id}/actions` (If-Match): the actions that carry no answers. */
export const ReviewCommandSchema = z.strictObject({
  action: z.enum(['release', 'acknowledge', 'reopen_self']),
});
export type ReviewCommand = z.infer<typeof ReviewCommandSchema>;

/** `GET /api/reviews` query. */
export const ReviewQuerySchema = PageQuerySchema.extend({
  cycleId: IdSchema.optional(),
  revieweeId: IdSchema.optional(),
});
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;

/** How the viewer relates to a review; the first that applies, in this order. */
export const ReviewViewerRoleSchema = z.enum(['reviewee', 'reviewer', 'chain', 'admin']);
export type ReviewViewerRole = z.infer<typeof ReviewViewerRoleSchema>;

/**
 * A review as one viewer may see it (`reviewForViewer`). A section is `null` when hidden from
 * this viewer: a draft is seen only by its author, and the reviewee sees the manager section only
 * once the review is released. `releasedAt` includes the automatic release on the cycle's date.
 */
export const ReviewViewSchema = ReviewSchema.extend({
  self: ReviewSectionSchema.nullable(),
  manager: ReviewSectionSchema.nullable(),
  released: z.boolean(),
  phase: ReviewPhaseSchema,
  viewerRole: ReviewViewerRoleSchema,
  /** What the viewer may do now, so a client can offer exactly those buttons. */
  allowedActions: z.array(ReviewActionSchema),
});
export type ReviewView = z.infer<typeof ReviewViewSchema>;

/** Per department, how far its reviews have come (admins). */
export const DepartmentCompletionSchema = z.object({
  department: z.string(),
  total: z.number().int(),
  selfSubmitted: z.number().int(),
  managerSubmitted: z.number().int(),
  acknowledged: z.number().int(),
});
export type DepartmentCompletion = z.infer<typeof DepartmentCompletionSchema>;

const RatingCountsSchema = z.tuple([
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.number().int(),
]);

/** Per reviewer, how often they gave each rating (counts[0] is rating 1) per rating question. */
export const ManagerRatingDistributionSchema = z.object({
  reviewerId: IdSchema,
  /** Submitted manager reviews counted. */
  reviews: z.number().int(),
  questions: z.array(z.object({ questionId: IdSchema, counts: RatingCountsSchema })),
});
export type ManagerRatingDistribution = z.infer<typeof ManagerRatingDistributionSchema>;

/** One goal in a review's goals section: the reviewee's goal of the cycle's period, live. */
export const ReviewGoalSchema = z.object({
  id: IdSchema,
  title: z.string(),
  level: GoalLevelSchema,
  state: GoalStateSchema,
  status: GoalStatusSchema,
  /** 0-1, rolled up like everywhere else (as `GoalView.progress`). */
  progress: z.number().min(0).max(1),
  dueDate: z.string(),
});
export type ReviewGoal = z.infer<typeof ReviewGoalSchema>;

/**
 * `GET /api/reviews/{id}`: the review as the viewer may see it, with its cycle's template and
 * the goals section (the reviewee's goals of the period the viewer may see).
 */
export const ReviewDetailSchema = z.object({
  review: ReviewViewSchema,
  cycle: z.object({ id: IdSchema, name: z.string(), periodId: IdSchema }),
  template: ReviewTemplateSchema,
  goals: z.array(ReviewGoalSchema),
});
export type ReviewDetail = z.infer<typeof ReviewDetailSchema>;

/** `GET /api/cycles/{id}/report` (admins): completion per department, ratings per manager. */
export const CycleReportSchema = z.object({
  cycleId: IdSchema,
  completion: z.array(DepartmentCompletionSchema),
  ratings: z.array(ManagerRatingDistributionSchema),
});
export type CycleReport = z.infer<typeof CycleReportSchema>;
