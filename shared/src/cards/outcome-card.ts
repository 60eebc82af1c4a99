import { CARD_TEXT_LIMITS, plainText, richText, run } from './card-text.js';
import { ADAPTIVE_CARD_SCHEMA, type AdaptiveCard } from './card-types.js';

/** Whether an action worked. */
export type OutcomeIntent = 'success' | 'error';

const MARKS = {
  success: { mark: '✓', color: 'good' },
  error: { mark: '⚠', color: 'attention' },
} as const;

/**
 * A one-line answer to an `Action.Execute` (`Checked in ✓`, or why it failed), for the invoke
 * response's card. The message is treated as user text (it may quote what someone typed).
 */
export function outcomeCard(message: string, intent: OutcomeIntent): AdaptiveCard {
  const { mark, color } = MARKS[intent];
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.5',
    body: [
      richText([
        run(`${mark} `, { weight: 'bolder', color }),
        run(plainText(message, CARD_TEXT_LIMITS.note, true), { color }),
      ]),
    ],
  };
}
