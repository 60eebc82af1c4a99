import type { TurnResult } from './agents-adapter.js';
import type { BotActivity } from './bot-activity.js';
import type { BotTurn } from './bot-turn.js';
import { runCardAction } from './card-action-invoke.js';
import { unfurlGoalLink } from './commands/unfurl-goal-link.js';
import { runFetchTask, runQuery, runSubmitAction } from './compose-invokes.js';
import { errorAnswer, type InvokeKind } from './invoke-errors.js';
import { unknownInvoke } from './invoke-responses.js';

interface InvokeHandler {
  kind: InvokeKind;
  run(turn: BotTurn): Promise<TurnResult>;
}

/** The invokes this bot answers, by activity `name`. */
const INVOKES: ReadonlyMap<string, InvokeHandler> = new Map<string, InvokeHandler>([
  ['composeExtension/query', { kind: 'compose', run: runQuery }],
  [
    'composeExtension/queryLink',
    { kind: 'compose', run: (turn) => unfurlGoalLink(turn, turn.activity.value) },
  ],
  ['composeExtension/fetchTask', { kind: 'task', run: runFetchTask }],
  ['composeExtension/submitAction', { kind: 'compose', run: runSubmitAction }],
  ['adaptiveCard/action', { kind: 'card', run: runCardAction }],
]);

/**
 * Answers one invoke activity. An invoke name the bot does not handle is a 400 naming it; every
 * expected failure after that (an unknown person, command or verb, a bad value, a refusal) is
 * answered in the shape that invoke expects, so Teams shows the reason instead of an error.
 */
export async function answerInvoke(
  activity: BotActivity,
  startTurn: (activity: BotActivity) => Promise<BotTurn>,
): Promise<TurnResult> {
  const handler = INVOKES.get(activity.name ?? '');
  if (!handler) return unknownInvoke(activity.name);
  try {
    return await handler.run(await startTurn(activity));
  } catch (error) {
    return errorAnswer(handler.kind, error);
  }
}
