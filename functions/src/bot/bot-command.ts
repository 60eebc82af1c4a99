import type { TurnResult } from './agents-adapter.js';
import type { BotTurn } from './bot-turn.js';

/** What a search command is asked: the typed text and the page Teams wants. */
export interface SearchQuery {
  /** Empty on the initial run, when the message extension opens. */
  text: string;
  skip: number;
  count: number;
}

/** A search command of the message extension (`composeExtension/query`). */
export interface QueryCommand {
  kind: 'query';
  run(turn: BotTurn, query: SearchQuery): Promise<TurnResult>;
}

/** An action command (`composeExtension/fetchTask`, then `/submitAction`). */
export interface ActionCommand {
  kind: 'action';
  /** Opens the command's dialog; `value` is the invoke's value (message payload included). */
  fetchTask(turn: BotTurn, value: unknown): Promise<TurnResult>;
  /** Handles the dialog's submission. */
  submitAction(turn: BotTurn, value: unknown): Promise<TurnResult>;
}

/** A message-extension command, keyed in the registry by its manifest command id. */
export type BotCommand = QueryCommand | ActionCommand;

/**
 * An `Action.Execute` verb of a card (`adaptiveCard/action`). `data` is the action's data with
 * the card's inputs merged in, unparsed: each verb parses its own.
 */
export interface CardVerb {
  run(turn: BotTurn, data: unknown): Promise<TurnResult>;
}
