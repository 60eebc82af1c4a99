import { z } from 'zod';
import { DateSchema, IdSchema, InstantSchema } from './common.js';

const QuestionTextSchema = z.string().trim().min(1).max(500);
const LevelLabelSchema = z.string().trim().min(1).max(60);

/** A 1-5 rating; `levels[0]` labels rating 1, `levels[4]` rating 5. */
export const RatingQuestionSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('rating'),
  text: QuestionTextSchema,
  levels: z.tuple([
    LevelLabelSchema,
    LevelLabelSchema,
    LevelLabelSchema,
    LevelLabelSchema,
    LevelLabelSchema,
  ]),
});
export type RatingQuestion = z.infer<typeof RatingQuestionSchema>;

/** A free-text answer of at most `maxLength` characters. */
export const TextQuestionSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('text'),
  text: QuestionTextSchema,
  maxLength: z.number().int().min(1).max(20_000),
});
export type TextQuestion = z.infer<typeof TextQuestionSchema>;

/**
 * The goals section: shows the reviewee's goals of the cycle's period with their progress (read
 * live from the goals store, see `goalsForReview`); the answer is an optional comment.
 */
export const GoalsQuestionSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('goals'),
  text: QuestionTextSchema,
});
export type GoalsQuestion = z.infer<typeof GoalsQuestionSchema>;

export const ReviewQuestionSchema = z.discriminatedUnion('kind', [
  RatingQuestionSchema,
  TextQuestionSchema,
  GoalsQuestionSchema,
]);
export type ReviewQuestion = z.infer<typeof ReviewQuestionSchema>;

/** The questions of a cycle, asked the same in the self and the manager section. */
export const ReviewTemplateSchema = z.strictObject({
  questions: z
    .array(ReviewQuestionSchema)
    .min(1)
    .max(30)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, {
      error: 'must not use the same question id twice',
    }),
});
export type ReviewTemplate = z.infer<typeof ReviewTemplateSchema>;

/** Who a cycle reviews: the whole tenant, or the people of some departments (exact names). */
export const CycleScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tenant') }),
  z.strictObject({
    kind: z.literal('departments'),
    departments: z
      .array(z.string().trim().min(1).max(100))
      .min(1)
      .max(50)
      .refine((ds) => new Set(ds).size === ds.length, {
        error: 'must not name a department twice',
      }),
  }),
]);
export type CycleScope = z.infer<typeof CycleScopeSchema>;

/** Two dates, both inclusive whole days in UTC. */
export const PhaseWindowSchema = z.strictObject({ start: DateSchema, end: DateSchema });
export type PhaseWindow = z.infer<typeof PhaseWindowSchema>;

interface PhaseDates {
  selfReview: PhaseWindow;
  managerReview: PhaseWindow;
  release: string;
  acknowledgeBy: string;
}

/**
 * The phase dates out of order: each date must be on or after the one before it in
 * selfReview.start, selfReview.end, managerReview.start, managerReview.end, release,
 * acknowledgeBy. Each issue names the later date of a pair that is out of order; pairs with a
 * malformed date are left to the date's own schema.
 */
export function phaseOrderIssues(phases: PhaseDates): { path: string[]; message: string }[] {
  const steps: [string[], string][] = [
    [['selfReview', 'start'], phases.selfReview.start],
    [['selfReview', 'end'], phases.selfReview.end],
    [['managerReview', 'start'], phases.managerReview.start],
    [['managerReview', 'end'], phases.managerReview.end],
    [['release'], phases.release],
    [['acknowledgeBy'], phases.acknowledgeBy],
  ];
  return steps.slice(1).flatMap(([path, date], i) => {
    const [prevPath, prevDate] = steps[i] ?? [[], date];
    // A malformed date is reported by its own schema; ISO dates compare correctly as strings.
    const comparable = DateSchema.safeParse(date).success && DateSchema.safeParse(prevDate).success;
    return comparable && date < prevDate
      ? [{ path, message: `must be on or after ${prevPath.join('.')} (${prevDate})` }]
      : [];
  });
}

/**
 * The cycle's calendar: self review, then manager review, then release (reviews become visible
 * to their reviewees from that day), then the day by which reviewees should acknowledge.
 */
export const CyclePhasesSchema = z
  .strictObject({
    selfReview: PhaseWindowSchema,
    managerReview: PhaseWindowSchema,
    release: DateSchema,
    acknowledgeBy: DateSchema,
  })
  .superRefine((phases, ctx) => {
    for (const issue of phaseOrderIssues(phases)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });
export type CyclePhases = z.infer<typeof CyclePhasesSchema>;

/** `draft` until an admin opens it (which creates the reviews); `closed` freezes every review. */
export const CycleStateSchema = z.enum(['draft', 'open', 'closed']);
export type CycleState = z.infer<typeof CycleStateSchema>;

/** A review cycle as stored (container `cycles`). */
export const ReviewCycleSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  name: z.string(),
  periodId: IdSchema,
  scope: CycleScopeSchema,
  phases: CyclePhasesSchema,
  template: ReviewTemplateSchema,
  state: CycleStateSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  etag: z.string(),
});
export type ReviewCycle = z.infer<typeof ReviewCycleSchema>;

const CycleNameSchema = z.string().trim().min(3).max(120);

/** `POST /api/cycles`: a new cycle starts as a `draft`. */
export const CreateCycleSchema = z.strictObject({
  name: CycleNameSchema,
  periodId: IdSchema,
  scope: CycleScopeSchema,
  phases: CyclePhasesSchema,
  template: ReviewTemplateSchema,
});
export type CreateCycle = z.infer<typeof CreateCycleSchema>;

/** `PATCH /api/cycles/{id}` (If-Match): rename, or move the dates (e.g. to extend a phase). */
export const UpdateCycleSchema = z
  .strictObject({ name: CycleNameSchema, phases: CyclePhasesSchema })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: 'must change at least one field' });
export type UpdateCycle = z.infer<typeof UpdateCycleSchema>;

/** `POST /api/cycles/{id}/state` (If-Match): open a draft cycle, or close an open one. */
export const CycleTransitionSchema = z.strictObject({ state: z.enum(['open', 'closed']) });
export type CycleTransition = z.infer<typeof CycleTransitionSchema>;

/** Why opening a cycle created no review for someone in scope. */
export const CycleSkipReasonSchema = z.enum(['no_manager', 'own_manager', 'has_review']);
export type CycleSkipReason = z.infer<typeof CycleSkipReasonSchema>;

/** The answer to opening a cycle: how many reviews were created, and who was skipped and why. */
export const OpenCycleResultSchema = z.object({
  cycle: ReviewCycleSchema,
  created: z.number().int(),
  skipped: z.array(z.object({ personId: IdSchema, reason: CycleSkipReasonSchema })),
});
export type OpenCycleResult = z.infer<typeof OpenCycleResultSchema>;
