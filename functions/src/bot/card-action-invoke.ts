import { z } from 'zod';
import { DomainError } from '../ports/errors.js';
import type { TurnResult } from './agents-adapter.js';
import { parseInvokeValue } from './bot-activity.js';
import type { BotTurn } from './bot-turn.js';
import { cardVerbOf } from './command-registry.js';

const CardActionValueSchema = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(64),
    data: z.unknown().optional(),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

/** `adaptiveCard/action` (Universal Actions): runs the card verb the action names. */
export function runCardAction(turn: BotTurn): Promise<TurnResult> {
  const { action } = parseInvokeValue(CardActionValueSchema, turn.activity.value);
  const verb = cardVerbOf(action.verb);
  if (!verb) {
    throw new DomainError('validation', `Northstar cards have no action "${action.verb}".`, {
      fieldErrors: [{ field: 'body.value.action.verb', message: 'is not a Northstar card verb' }],
    });
  }
  return verb.run(turn, action.data);
}
