import { z } from 'zod';
import { IdSchema } from '../contracts/common.js';
import { GiveKudosSchema } from '../contracts/kudos.js';
import { CARD_TEXT_LIMITS } from './card-text.js';

/** The `Action.Execute` verbs a goal card sends (`adaptiveCard/action` invokes). */
export const GOAL_CARD_VERBS = {
  checkIn: 'checkIn',
  giveKudos: 'giveKudos',
  refresh: 'refreshGoal',
} as const;
export type GoalCardVerb = (typeof GOAL_CARD_VERBS)[keyof typeof GOAL_CARD_VERBS];

/** Ids of the check-in form's inputs: the invoke's `action.data` carries them beside `goalId`. */
export const CHECK_IN_INPUT_IDS = {
  value: 'value',
  confidence: 'confidence',
  note: 'note',
} as const;

/** Ids of the kudos form's inputs (unique across the card, as Adaptive Cards requires). */
export const KUDOS_INPUT_IDS = { companyValue: 'companyValue', message: 'message' } as const;

/** `action.data` of every goal card action (and of its refresh). */
export const GoalCardActionDataSchema = z.object({ goalId: IdSchema });

// Teams sends every input value as a string; an empty one is a missing value, not zero.
const numberInput = z
  .union([z.number(), z.string().trim().min(1).transform(Number)])
  .pipe(z.number().min(-1e12).max(1e12));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => (text ? text : undefined));

/** `action.data` of the `checkIn` verb: the goal id and the form's inputs. */
export const CheckInCardDataSchema = GoalCardActionDataSchema.extend({
  [CHECK_IN_INPUT_IDS.value]: numberInput,
  [CHECK_IN_INPUT_IDS.confidence]: numberInput.pipe(z.number().int().min(0).max(10)),
  [CHECK_IN_INPUT_IDS.note]: optionalText(CARD_TEXT_LIMITS.note),
});
export type CheckInCardData = z.infer<typeof CheckInCardDataSchema>;

/**
 * `action.data` of the `giveKudos` verb: the goal id, and the form's inputs as `POST /api/kudos`
 * takes them.
 */
export const KudosCardDataSchema = GoalCardActionDataSchema.extend({
  [KUDOS_INPUT_IDS.companyValue]: GiveKudosSchema.shape.value,
  [KUDOS_INPUT_IDS.message]: GiveKudosSchema.shape.message,
});
export type KudosCardData = z.infer<typeof KudosCardDataSchema>;
