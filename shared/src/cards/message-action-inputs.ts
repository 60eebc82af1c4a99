import { z } from 'zod';
import { IdSchema } from '../contracts/common.js';
import { SaveEvidenceSchema } from '../contracts/evidence.js';
import { GiveKudosSchema } from '../contracts/kudos.js';
import { KUDOS_INPUT_IDS } from './goal-card-inputs.js';

/** Ids of the "Save as evidence" dialog's inputs: `value.data` of its submitAction carries them. */
export const EVIDENCE_INPUT_IDS = { goalId: 'goalId', note: 'note' } as const;

/**
 * `value.data` of the "Give kudos" message action's submitAction: the dialog's company value and
 * message (the same input ids as the goal card's kudos form), as `POST /api/kudos` takes them.
 */
export const KudosToAuthorDataSchema = z.object({
  [KUDOS_INPUT_IDS.companyValue]: GiveKudosSchema.shape.value,
  [KUDOS_INPUT_IDS.message]: GiveKudosSchema.shape.message,
});
export type KudosToAuthorData = z.infer<typeof KudosToAuthorDataSchema>;

/**
 * `value.data` of the "Save as evidence" message action's submitAction: the chosen goal and the
 * optional note (Teams sends an empty input as `''`).
 */
export const SaveEvidenceDataSchema = z.object({
  [EVIDENCE_INPUT_IDS.goalId]: IdSchema,
  [EVIDENCE_INPUT_IDS.note]: SaveEvidenceSchema.shape.note,
});
export type SaveEvidenceData = z.infer<typeof SaveEvidenceDataSchema>;
