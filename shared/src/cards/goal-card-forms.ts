import { CARD_TEXT_LIMITS, plainText } from './card-text.js';
import type { CardExecuteAction, CardInput, CardShowCardAction } from './card-types.js';
import type { GoalCardData } from './goal-card-data.js';
import {
  CHECK_IN_INPUT_IDS,
  GOAL_CARD_VERBS,
  KUDOS_INPUT_IDS,
  type GoalCardVerb,
} from './goal-card-inputs.js';

/** At most this many company values are offered; a dropdown longer than that helps nobody. */
export const MAX_KUDOS_CHOICES = 20;

/** The unit in the progress input's label: the metric's unit, or percent. */
function progressLabel(unit: string | null): string {
  return unit === null ? 'Progress (%)' : `Progress (${plainText(unit, CARD_TEXT_LIMITS.unit)})`;
}

/** A form revealed by `title`, whose button sends `verb` with the goal id and the inputs. */
function form(
  title: string,
  body: CardInput[],
  submit: { title: string; verb: GoalCardVerb; goalId: string },
): CardShowCardAction {
  const { verb, goalId } = submit;
  const send: CardExecuteAction = {
    type: 'Action.Execute',
    title: submit.title,
    verb,
    data: { goalId },
  };
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions: [send] } };
}

/** "Check in": value, confidence 0-10 and a note, sent as the `checkIn` verb. */
export function checkInForm(goal: Pick<GoalCardData, 'id' | 'unit'>): CardShowCardAction {
  const percent = goal.unit === null ? { min: 0, max: 100 } : {};
  const inputs: CardInput[] = [
    {
      type: 'Input.Number',
      id: CHECK_IN_INPUT_IDS.value,
      label: progressLabel(goal.unit),
      isRequired: true,
      errorMessage: goal.unit === null ? 'Enter a percentage from 0 to 100' : 'Enter a number',
      ...percent,
    },
    {
      type: 'Input.Number',
      id: CHECK_IN_INPUT_IDS.confidence,
      label: 'Confidence (0-10)',
      min: 0,
      max: 10,
      isRequired: true,
      errorMessage: 'Enter a whole number from 0 to 10',
    },
    {
      type: 'Input.Text',
      id: CHECK_IN_INPUT_IDS.note,
      label: 'Note (optional)',
      isMultiline: true,
      maxLength: CARD_TEXT_LIMITS.note,
    },
  ];
  return form('Check in', inputs, {
    title: 'Save check-in',
    verb: GOAL_CARD_VERBS.checkIn,
    goalId: goal.id,
  });
}

/**
 * The company values a kudos can name, as choices. A value longer than the card's limit is left
 * out: shown whole it would blow the size budget, and cut short it would not match on submit.
 */
export function valueChoices(values: readonly string[]): { title: string; value: string }[] {
  const fitting = [...new Set(values)].filter(
    (value) => value.trim() !== '' && Array.from(value).length <= CARD_TEXT_LIMITS.companyValue,
  );
  return fitting
    .slice(0, MAX_KUDOS_CHOICES)
    .map((value) => ({ title: plainText(value, CARD_TEXT_LIMITS.companyValue), value }));
}

/** "Give kudos": a company value and a message, sent as `giveKudos`; null without values. */
export function kudosForm(
  goal: Pick<GoalCardData, 'id'>,
  companyValues: readonly string[],
): CardShowCardAction | null {
  const choices = valueChoices(companyValues);
  if (choices.length === 0) return null;
  const inputs = kudosInputs(choices);
  return form('Give kudos', inputs, {
    title: 'Send kudos',
    verb: GOAL_CARD_VERBS.giveKudos,
    goalId: goal.id,
  });
}

/** The kudos form's inputs (a company value, a message), on the goal card and in the dialog. */
export function kudosInputs(choices: { title: string; value: string }[]): CardInput[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: KUDOS_INPUT_IDS.companyValue,
      label: 'Company value',
      style: 'compact',
      placeholder: 'Pick a value',
      isRequired: true,
      errorMessage: 'Pick the company value this kudos is for',
      choices,
    },
    {
      type: 'Input.Text',
      id: KUDOS_INPUT_IDS.message,
      label: 'Message',
      isMultiline: true,
      maxLength: CARD_TEXT_LIMITS.kudosMessage,
      isRequired: true,
      errorMessage: 'Say what you appreciate',
    },
  ];
}
