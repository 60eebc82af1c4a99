import { SaveEvidenceDataSchema, saveEvidenceDialog } from '@northstar/shared';
import { saveEvidence } from '../../features/evidence/evidence-service.js';
import type { TurnResult } from '../agents-adapter.js';
import { parseInvokeValue } from '../bot-activity.js';
import type { ActionCommand } from '../bot-command.js';
import type { BotTurn } from '../bot-turn.js';
import { errorAnswer } from '../invoke-errors.js';
import { taskDialog, taskMessage } from '../invoke-responses.js';
import { linkToKeep, readMessageAction, type ChatMessage } from '../message-payload.js';

const NO_LINK =
  "This message's link is not an https link Northstar can keep, so it cannot be saved as evidence.";

/**
 * `saveAsEvidence`: "Save as evidence" in a message's "..." menu. The dialog quotes the message
 * (plain text, cut short) and lists the caller's own active goals, newest first, with an
 * optional note; without goals it says so and offers no submit. A message whose link is not
 * `https` gets a dialog message instead; one without a link is kept without it. On submit the message's link and text are kept on the
 * chosen goal by the evidence service (whoever may edit the goal may; the same message twice on
 * a goal is kept once), and a dialog message says where. Refusals and bad payloads get a dialog
 * message saying why.
 */
export const saveAsEvidence: ActionCommand = {
  kind: 'action',
  async fetchTask(turn, value) {
    const { message } = readMessageAction(value);
    if (linkToKeep(message) === undefined) return taskMessage(NO_LINK);
    const card = saveEvidenceDialog({
      message: { authorName: authorName(message), text: message.text },
      goals: await ownActiveGoals(turn),
      appUrl: turn.origin,
    });
    return taskDialog('Save as evidence', card);
  },
  submitAction(turn, value) {
    return save(turn, value).catch((error: unknown) => errorAnswer('task', error));
  },
};

async function save(turn: BotTurn, value: unknown): Promise<TurnResult> {
  const { message, data } = readMessageAction(value);
  const input = parseInvokeValue(SaveEvidenceDataSchema, data, 'value.data');
  const messageUrl = linkToKeep(message);
  if (messageUrl === undefined) return taskMessage(NO_LINK);
  const { goal, created } = await saveEvidence(turn.deps.evidence, turn.caller, {
    goalId: input.goalId,
    messageId: message.id,
    messageUrl,
    text: message.text,
    authorName: authorName(message),
    ...(input.note ? { note: input.note } : {}),
  });
  return taskMessage(
    created
      ? `Saved as evidence on "${goal.title}".`
      : `This message is already evidence on "${goal.title}".`,
  );
}

/** The caller's active goals, newest first, from the tenant's goal snapshot (no extra query). */
async function ownActiveGoals(turn: BotTurn): Promise<{ id: string; title: string }[]> {
  const { caller, deps } = turn;
  const { goals } = await deps.goals.snapshots.get(caller.tenantId);
  return goals
    .filter((goal) => goal.ownerId === caller.person.id && goal.state === 'active')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((goal) => ({ id: goal.id, title: goal.title }));
}

function authorName(message: ChatMessage): string {
  const name = message.author.displayName.trim();
  if (name !== '') return name;
  return message.author.kind === 'app' ? 'An app' : 'Someone';
}
