import { z } from 'zod';
import { DomainError } from '../ports/errors.js';
import type { TurnResult } from './agents-adapter.js';
import { parseInvokeValue } from './bot-activity.js';
import type { ActionCommand, QueryCommand, SearchQuery } from './bot-command.js';
import type { BotTurn } from './bot-turn.js';
import { commandOf } from './command-registry.js';

/** Teams asks for 25 results a page; more would not make a useful list. */
const MAX_RESULTS = 25;
const INITIAL_RUN = 'initialRun';

const CommandIdSchema = z.string().min(1).max(64);

const QueryValueSchema = z.looseObject({
  commandId: CommandIdSchema,
  parameters: z
    .array(
      z.looseObject({
        name: z.string().max(64),
        value: z.union([z.string().max(256), z.boolean(), z.number()]).optional(),
      }),
    )
    .max(10)
    .optional(),
  queryOptions: z
    .looseObject({
      skip: z.number().int().min(0).max(1000).optional(),
      count: z.number().int().min(1).max(100).optional(),
    })
    .optional(),
});

const ActionValueSchema = z.looseObject({ commandId: CommandIdSchema });

/** `composeExtension/query`: runs the search command the value names. */
export function runQuery(turn: BotTurn): Promise<TurnResult> {
  const value = parseInvokeValue(QueryValueSchema, turn.activity.value);
  const command = commandOfKind(value.commandId, 'query');
  const typed = value.parameters?.find(
    (p) => p.name !== INITIAL_RUN && typeof p.value === 'string',
  );
  const query: SearchQuery = {
    text: typeof typed?.value === 'string' ? typed.value.trim() : '',
    skip: value.queryOptions?.skip ?? 0,
    count: Math.min(value.queryOptions?.count ?? MAX_RESULTS, MAX_RESULTS),
  };
  return command.run(turn, query);
}

/** `composeExtension/fetchTask`: opens the dialog of the action command the value names. */
export function runFetchTask(turn: BotTurn): Promise<TurnResult> {
  const value = parseInvokeValue(ActionValueSchema, turn.activity.value);
  return commandOfKind(value.commandId, 'action').fetchTask(turn, turn.activity.value);
}

/** `composeExtension/submitAction`: handles the dialog of the action command the value names. */
export function runSubmitAction(turn: BotTurn): Promise<TurnResult> {
  const value = parseInvokeValue(ActionValueSchema, turn.activity.value);
  return commandOfKind(value.commandId, 'action').submitAction(turn, turn.activity.value);
}

function commandOfKind(id: string, kind: 'query'): QueryCommand;
function commandOfKind(id: string, kind: 'action'): ActionCommand;
function commandOfKind(id: string, kind: 'query' | 'action'): QueryCommand | ActionCommand {
  const command = commandOf(id);
  if (command?.kind === kind) return command;
  const what = kind === 'query' ? 'search command' : 'action command';
  throw new DomainError('validation', `Northstar has no ${what} "${id}".`, {
    fieldErrors: [{ field: 'body.value.commandId', message: `is not a Northstar ${what}` }],
  });
}
