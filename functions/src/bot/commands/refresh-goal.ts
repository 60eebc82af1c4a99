import { GoalCardActionDataSchema } from '@northstar/shared';
import { parseInvokeValue } from '../bot-activity.js';
import type { CardVerb } from '../bot-command.js';
import { goalCardAnswer } from '../card-answers.js';

/**
 * `refreshGoal`: the `refresh` of a shared goal card (Universal Actions). Each viewer gets the
 * goal's latest card as they may see it, or the private card.
 */
export const refreshGoal: CardVerb = {
  run(turn, data) {
    const { goalId } = parseInvokeValue(GoalCardActionDataSchema, data, 'value.action.data');
    return goalCardAnswer(turn, goalId);
  },
};
