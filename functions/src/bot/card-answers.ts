import type { OutcomeIntent } from '@northstar/shared';
import { outcomeCard } from '@northstar/shared';
import type { TurnResult } from './agents-adapter.js';
import type { BotTurn } from './bot-turn.js';
import { TurnCards } from './goal-cards.js';
import { cardAnswer } from './invoke-responses.js';

/** A line shown above the refreshed card: what the action did, or why it did not. */
export interface Outcome {
  message: string;
  intent: OutcomeIntent;
}

/**
 * The answer to a goal card's `Action.Execute`: the goal's latest card for THIS viewer (who then
 * gets it refreshed automatically), with `outcome` on top; the private card when the goal is gone
 * or the viewer may not see it.
 */
export async function goalCardAnswer(
  turn: BotTurn,
  goalId: string,
  outcome?: Outcome,
): Promise<TurnResult> {
  const cards = new TurnCards(turn);
  const goal = await cards.visibleGoal(goalId);
  if (!goal) return cardAnswer(cards.privateCard('1.5'));
  const card = await cards.goalCard(goal, '1.5', [turn.activity.from.id]);
  if (!outcome) return cardAnswer(card);
  const line = outcomeCard(outcome.message, outcome.intent).body;
  return cardAnswer({ ...card, body: [...line, ...card.body] });
}
