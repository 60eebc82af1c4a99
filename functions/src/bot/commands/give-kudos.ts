import { KudosCardDataSchema } from '@northstar/shared';
import { loadVisibleGoal } from '../../features/goals/goal-reads.js';
import { giveKudos as giveKudosWith } from '../../features/kudos/kudos-service.js';
import { isDomainError } from '../../ports/errors.js';
import { parseInvokeValue } from '../bot-activity.js';
import type { CardVerb } from '../bot-command.js';
import { goalCardAnswer } from '../card-answers.js';

/**
 * `giveKudos`: the goal card's kudos form (company value, message). Kudos go from the viewer to
 * the goal's owner, tied to the goal, through the kudos service (value checked against the
 * tenant's company values). The activity id is the idempotency key, so a retried invoke gives
 * the kudos once. The answer is the refreshed card saying what happened.
 */
export const giveKudos: CardVerb = {
  async run(turn, data) {
    const input = parseInvokeValue(KudosCardDataSchema, data, 'value.action.data');
    const { deps, caller, activity } = turn;
    try {
      const goal = await loadVisibleGoal(deps.goals, caller, input.goalId);
      const kudos = await giveKudosWith(
        deps.kudos,
        caller,
        {
          receiverId: goal.ownerId,
          value: input.companyValue,
          message: input.message,
          goalId: goal.id,
        },
        activity.id === undefined ? {} : { idempotencyKey: activity.id },
      );
      const message = `Kudos sent for ${kudos.value}.`;
      return await goalCardAnswer(turn, input.goalId, { message, intent: 'success' });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return goalCardAnswer(turn, input.goalId, { message: error.message, intent: 'error' });
    }
  },
};
