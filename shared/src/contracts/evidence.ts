import { z } from 'zod';
import { IdSchema, InstantSchema, PageQuerySchema } from './common.js';
import { MessageLinkSchema } from './kudos.js';

/** Most characters of a chat message's text kept as evidence; longer text is cut, ending in `…`. */
export const EVIDENCE_TEXT_MAX_LENGTH = 4000;

/** Longest note someone adds when saving evidence. */
export const EVIDENCE_NOTE_MAX_LENGTH = 500;

/** Longest message author name kept with evidence. */
export const EVIDENCE_AUTHOR_MAX_LENGTH = 200;

/** A chat message's id as Teams sends it (`1611060744833`): visible characters, no spaces. */
export const MessageIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII characters without spaces');

/**
 * A chat message kept on a goal ("Save as evidence" in a message's "..." menu): its link, its
 * plain text (HTML removed, at most {@link EVIDENCE_TEXT_MAX_LENGTH} characters), who wrote it,
 * and who saved it with what note. The same message is kept once per goal.
 *
 * Evidence is chat text, so it is private to the goal's owner, their management chain and
 * admins, whatever the goal's own visibility.
 */
export const EvidenceSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  goalId: IdSchema,
  messageId: MessageIdSchema,
  /**
   * `https` only, so the tab can link to it safely; `null` when the client sent no link (the
   * Agents Playground, and clients without Teams message links).
   */
  messageUrl: MessageLinkSchema.nullable(),
  text: z.string(),
  /** The message author's display name as Teams sent it. */
  authorName: z.string(),
  /** `''` when none was given. */
  note: z.string(),
  savedById: IdSchema,
  createdAt: InstantSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * What the service keeps when someone saves a message as evidence; the text is already plain
 * text, and is cut to {@link EVIDENCE_TEXT_MAX_LENGTH} characters by the service.
 */
export const SaveEvidenceSchema = z.strictObject({
  goalId: IdSchema,
  messageId: MessageIdSchema,
  messageUrl: MessageLinkSchema.nullable(),
  text: z.string(),
  authorName: z.string(),
  note: z.string().trim().max(EVIDENCE_NOTE_MAX_LENGTH).optional(),
});
export type SaveEvidence = z.infer<typeof SaveEvidenceSchema>;

/** `GET /api/goals/{id}/evidence?limit=&cursor=`: newest first. */
export const EvidenceQuerySchema = PageQuerySchema;
export type EvidenceQuery = z.infer<typeof EvidenceQuerySchema>;
