import type { ActionCommand } from './bot-command.js';
import { composeMessage, taskMessage } from './invoke-responses.js';

/**
 * An action command the manifest names whose dialog is not built yet: both steps answer, plainly,
 * that `title` is not available yet (never a silent success or a 500).
 */
export function notYetAvailable(title: string): ActionCommand {
  const text = `"${title}" is not available in Northstar yet.`;
  return {
    kind: 'action',
    fetchTask: () => Promise.resolve(taskMessage(text)),
    submitAction: () => Promise.resolve(composeMessage(text)),
  };
}
