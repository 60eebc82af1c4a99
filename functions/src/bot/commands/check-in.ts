import { CheckInCardDataSchema, progressText } from '@northstar/shared';
import { addCheckIn } from '../../features/goals/check-ins.js';
import { isDomainError } from '../../ports/errors.js';
import { parseInvokeValue } from '../bot-activity.js';
import type { CardVerb } from '../bot-command.js';
import { goalCardAnswer } from '../card-answers.js';

/**
 * `checkIn`: the goal card's check-in form (value, confidence 0-10, note). The check-in service
 * decides, as for `POST /api/goals/{id}/checkins`: the owner and their managers check in on an
 * active goal. The activity id is the idempotency key, so a retried invoke records the check-in
 * once. The answer is the refreshed card saying what happened; a refusal or a value the goal
 * does not take is said on the card; a goal the viewer may not see gets the private card.
 */
export const checkIn: CardVerb = {
  async run(turn, data) {
    const input = parseInvokeValue(CheckInCardDataSchema, data, 'value.action.data');
    const { id } = turn.activity;
    try {
      const { goal } = await addCheckIn(
        turn.deps.goals,
        turn.caller,
        input.goalId,
        {
          value: input.value,
          confidence: input.confidence,
          ...(input.note === undefined ? {} : { note: input.note }),
        },
        id === undefined ? {} : { idempotencyKey: id },
      );
      const message = `Checked in: ${progressText(goal.progress, goal.status)}`;
      return await goalCardAnswer(turn, input.goalId, { message, intent: 'success' });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return goalCardAnswer(turn, input.goalId, { message: error.message, intent: 'error' });
    }
  },
};
