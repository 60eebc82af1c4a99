import type { QueryCommand } from '../bot-command.js';
import { TurnCards } from '../goal-cards.js';
import { searchVisibleGoals } from '../goal-search.js';
import { composeResult } from '../invoke-responses.js';

/**
 * `searchGoals`: the message extension's search. Goals the caller may see whose title holds every
 * typed word, each as a live goal card (Adaptive Card 1.5 with check-in, kudos and refresh) with
 * a thumbnail preview for the result list. The initial run (nothing typed) lists the caller's own
 * goals first.
 */
export const searchGoals: QueryCommand = {
  kind: 'query',
  async run(turn, query) {
    const goals = await searchVisibleGoals(turn, query);
    const cards = new TurnCards(turn);
    return composeResult(await Promise.all(goals.map((goal) => cards.attachment(goal, '1.5'))));
  },
};
