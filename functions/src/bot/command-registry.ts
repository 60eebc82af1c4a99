import { GOAL_CARD_VERBS } from '@northstar/shared';
import type { BotCommand, CardVerb } from './bot-command.js';
import { checkIn } from './commands/check-in.js';
import { giveKudosToAuthor } from './commands/give-kudos-to-author.js';
import { giveKudos } from './commands/give-kudos.js';
import { refreshGoal } from './commands/refresh-goal.js';
import { saveAsEvidence } from './commands/save-as-evidence.js';
import { searchGoals } from './commands/search-goals.js';

/**
 * The message extension's commands by their `appPackage/manifest.json` command ids: the search
 * command and the message actions.
 */
export const BOT_COMMANDS = {
  searchGoals,
  giveKudosToAuthor,
  saveAsEvidence,
} as const satisfies Record<string, BotCommand>;

/** A manifest command id. */
export type BotCommandId = keyof typeof BOT_COMMANDS;

/** The `Action.Execute` verbs the goal card sends, by verb. */
export const CARD_VERBS = {
  [GOAL_CARD_VERBS.refresh]: refreshGoal,
  [GOAL_CARD_VERBS.checkIn]: checkIn,
  [GOAL_CARD_VERBS.giveKudos]: giveKudos,
} as const satisfies Record<string, CardVerb>;

/** The command with manifest id `id`; `undefined` for any other string (`toString` included). */
export function commandOf(id: string): BotCommand | undefined {
  return Object.hasOwn(BOT_COMMANDS, id) ? BOT_COMMANDS[id as BotCommandId] : undefined;
}

/** The card verb `verb`; `undefined` for any other string. */
export function cardVerbOf(verb: string): CardVerb | undefined {
  return Object.hasOwn(CARD_VERBS, verb) ? CARD_VERBS[verb as keyof typeof CARD_VERBS] : undefined;
}
