import { z } from 'zod';

/** Teams refuses a message-extension card over 28 KB, counted as the bytes of its JSON. */
export const CARD_MAX_BYTES = 28_000;

/**
 * An Adaptive Card as JSON. Only the envelope is checked here: the card is built by the card
 * builders in `shared/src/cards/`, and the renderer (the `adaptivecards` library) reads the rest.
 */
export const AdaptiveCardJsonSchema = z.looseObject({
  type: z.literal('AdaptiveCard'),
  version: z.string(),
  body: z.array(z.looseObject({ type: z.string() })),
  actions: z.array(z.looseObject({ type: z.string() })).optional(),
});
export type AdaptiveCardJson = z.infer<typeof AdaptiveCardJsonSchema>;

/**
 * `GET /api/goals/{id}/card`: the goal card a chat shows the caller (the card the message
 * extension inserts, with the actions this viewer may take), and its size in UTF-8 bytes.
 */
export const GoalCardPreviewSchema = z.object({
  card: AdaptiveCardJsonSchema,
  sizeBytes: z.number().int().nonnegative(),
});
export type GoalCardPreview = z.infer<typeof GoalCardPreviewSchema>;
