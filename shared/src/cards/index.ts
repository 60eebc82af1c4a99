export type {
  AdaptiveCard,
  CardAction,
  CardElement,
  CardExecuteAction,
  CardRefresh,
  CardVersion,
  NestedAdaptiveCard,
} from './card-types.js';
export { ADAPTIVE_CARD_CONTENT_TYPE, ADAPTIVE_CARD_SCHEMA } from './card-types.js';
export { CARD_TEXT_LIMITS, plainText, truncate } from './card-text.js';
export type { GoalCardActions, GoalCardData } from './goal-card-data.js';
export { goalCard, MAX_REFRESH_USER_IDS, type GoalCardOptions } from './goal-card.js';
export { MAX_KUDOS_CHOICES } from './goal-card-forms.js';
export {
  CHECK_IN_INPUT_IDS,
  CheckInCardDataSchema,
  GOAL_CARD_VERBS,
  GoalCardActionDataSchema,
  KUDOS_INPUT_IDS,
  KudosCardDataSchema,
  type CheckInCardData,
  type GoalCardVerb,
  type KudosCardData,
} from './goal-card-inputs.js';
export { kudosCard, type KudosCardInput } from './kudos-card.js';
export {
  DIALOG_TEXT_LIMITS,
  MAX_EVIDENCE_GOAL_CHOICES,
  kudosToAuthorDialog,
  saveEvidenceDialog,
  type CardSubmitAction,
  type DialogCard,
  type EvidenceDialogInput,
  type KudosToAuthorDialogInput,
  type QuotedMessage,
} from './message-action-cards.js';
export {
  EVIDENCE_INPUT_IDS,
  KudosToAuthorDataSchema,
  SaveEvidenceDataSchema,
  type KudosToAuthorData,
  type SaveEvidenceData,
} from './message-action-inputs.js';
export { outcomeCard, type OutcomeIntent } from './outcome-card.js';
export { privateGoalCard, type PrivateGoalCardOptions } from './private-goal-card.js';
export { percentOf, progressText } from './progress-bar.js';
