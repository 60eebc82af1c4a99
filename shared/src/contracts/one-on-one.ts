import { z } from 'zod';
import { DateSchema, IdSchema, InstantSchema } from './common.js';

/** A manager's running 1:1 with one report; both of them are its only participants. */
export const OneOnOneSeriesSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  managerId: IdSchema,
  reportId: IdSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  etag: z.string(),
});
export type OneOnOneSeries = z.infer<typeof OneOnOneSeriesSchema>;

const PointTextSchema = z.string().trim().min(1).max(500);
const NotesSchema = z.string().max(20_000);
const GoalLinksSchema = z
  .array(IdSchema)
  .max(10)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not link a goal twice' });

/** An agenda item either participant added, optionally linked to goals. */
export const TalkingPointSchema = z.object({
  id: IdSchema,
  authorId: IdSchema,
  text: z.string(),
  goalIds: z.array(IdSchema),
  done: z.boolean(),
});
export type TalkingPoint = z.infer<typeof TalkingPointSchema>;

/** A follow-up with an owner (one of the participants) and an optional due date. */
export const ActionItemSchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  text: z.string(),
  done: z.boolean(),
  dueDate: DateSchema.nullable(),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

/**
 * One meeting of a series: the shared agenda, shared notes and action items, seen by both
 * participants. Private notes are never part of it (see `PrivateNoteSchema`).
 */
export const OneOnOneSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  seriesId: IdSchema,
  /** Copied from the series, so visibility is decided without reading it. */
  managerId: IdSchema,
  reportId: IdSchema,
  scheduledFor: InstantSchema,
  agenda: z.array(TalkingPointSchema),
  sharedNotes: z.string(),
  actionItems: z.array(ActionItemSchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  etag: z.string(),
});
export type OneOnOne = z.infer<typeof OneOnOneSchema>;

/**
 * A participant's own notes on a meeting, stored as a document of its own so that nothing that
 * reads or returns the shared meeting can carry it along. Only its author ever sees it.
 */
export const PrivateNoteSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  authorId: IdSchema,
  oneOnOneId: IdSchema,
  text: z.string(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  etag: z.string(),
});
export type PrivateNote = z.infer<typeof PrivateNoteSchema>;

/** `POST /api/one-on-ones`: the caller's series with one of their direct reports. */
export const CreateOneOnOneSeriesSchema = z.strictObject({ reportId: IdSchema });
export type CreateOneOnOneSeries = z.infer<typeof CreateOneOnOneSeriesSchema>;

/** `POST /api/one-on-ones/{seriesId}/meetings`. */
export const CreateOneOnOneSchema = z.strictObject({ scheduledFor: InstantSchema });
export type CreateOneOnOne = z.infer<typeof CreateOneOnOneSchema>;

/** `POST .../meetings/{id}/agenda`. */
export const AddTalkingPointSchema = z.strictObject({
  text: PointTextSchema,
  goalIds: GoalLinksSchema.optional(),
});
export type AddTalkingPoint = z.infer<typeof AddTalkingPointSchema>;

/** `PATCH .../agenda/{pointId}` (If-Match on the meeting). */
export const UpdateTalkingPointSchema = z
  .strictObject({ text: PointTextSchema, goalIds: GoalLinksSchema, done: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: 'must change at least one field' });
export type UpdateTalkingPoint = z.infer<typeof UpdateTalkingPointSchema>;

/** `PUT .../meetings/{id}/shared-notes` (If-Match): replaces the shared notes. */
export const UpdateSharedNotesSchema = z.strictObject({ sharedNotes: NotesSchema });
export type UpdateSharedNotes = z.infer<typeof UpdateSharedNotesSchema>;

/** `POST .../meetings/{id}/action-items`. */
export const AddActionItemSchema = z.strictObject({
  text: PointTextSchema,
  ownerId: IdSchema,
  dueDate: DateSchema.optional(),
});
export type AddActionItem = z.infer<typeof AddActionItemSchema>;

/** `PATCH .../action-items/{itemId}` (If-Match on the meeting); `dueDate: null` removes it. */
export const UpdateActionItemSchema = z
  .strictObject({
    text: PointTextSchema,
    ownerId: IdSchema,
    dueDate: DateSchema.nullable(),
    done: z.boolean(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: 'must change at least one field' });
export type UpdateActionItem = z.infer<typeof UpdateActionItemSchema>;

/** `PUT .../meetings/{id}/private-note` (If-Match once it exists): the caller's own note. */
export const PutPrivateNoteSchema = z.strictObject({ text: NotesSchema });
export type PutPrivateNote = z.infer<typeof PutPrivateNoteSchema>;

/** A goal of the report that changed since the previous 1:1, with its progress now (0-1). */
export const ChangedGoalSchema = z.object({
  id: IdSchema,
  title: z.string(),
  progress: z.number().min(0).max(1),
});
export type ChangedGoal = z.infer<typeof ChangedGoalSchema>;

/** A 1:1 as the API returns it: the shared meeting plus the report's goals that changed before it. */
export const OneOnOneViewSchema = OneOnOneSchema.extend({
  changedGoals: z.array(ChangedGoalSchema),
});
export type OneOnOneView = z.infer<typeof OneOnOneViewSchema>;
