import { EVIDENCE_NOTE_MAX_LENGTH } from '../contracts/evidence.js';
import { CARD_TEXT_LIMITS, httpUrl, plainText, richText, run } from './card-text.js';
import {
  ADAPTIVE_CARD_SCHEMA,
  type AdaptiveCard,
  type CardElement,
  type CardOpenUrlAction,
} from './card-types.js';
import { kudosInputs, valueChoices } from './goal-card-forms.js';
import { EVIDENCE_INPUT_IDS } from './message-action-inputs.js';

/** At most this many goals are offered in the "Save as evidence" dialog. */
export const MAX_EVIDENCE_GOAL_CHOICES = 30;

/** How much of a message the dialogs quote, and of a goal title a choice shows. */
export const DIALOG_TEXT_LIMITS = { messagePreview: 500, goalChoice: 100 } as const;

/** A dialog's submit button: Teams sends its inputs as `value.data` of a submitAction. */
export interface CardSubmitAction {
  type: 'Action.Submit';
  title: string;
}

/** The card of a message-action dialog (`task.value.card`): inputs and a submit button. */
export type DialogCard = Omit<AdaptiveCard, 'actions' | 'refresh'> & {
  actions?: (CardSubmitAction | CardOpenUrlAction)[];
};

/** The message a dialog was opened on, as plain text. */
export interface QuotedMessage {
  authorName: string;
  /** Plain text (HTML already removed); the dialog cuts it to a preview. */
  text: string;
}

/** What the "Give kudos" dialog shows: whom the kudos go to and the values to pick from. */
export interface KudosToAuthorDialogInput {
  author: { displayName: string };
  companyValues: readonly string[];
  message: QuotedMessage;
}

/** What the "Save as evidence" dialog shows: the message and the caller's active goals. */
export interface EvidenceDialogInput {
  message: QuotedMessage;
  goals: readonly { id: string; title: string }[];
  /** The app's own address, for the empty state's link. */
  appUrl: string;
}

function dialog(body: CardElement[], actions: DialogCard['actions']): DialogCard {
  return { type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, version: '1.5', body, actions };
}

/** The message quoted in an emphasised box: "Author wrote:" and the start of its text. */
function quote(message: QuotedMessage): CardElement {
  const text = plainText(message.text, DIALOG_TEXT_LIMITS.messagePreview, true);
  return {
    type: 'Container',
    style: 'emphasis',
    items: [
      richText([
        run(plainText(message.authorName, CARD_TEXT_LIMITS.name), { weight: 'bolder' }),
        run(' wrote:'),
      ]),
      richText([run(text === '' ? '(no text)' : text, { isSubtle: true })], 'small'),
    ],
  };
}

/**
 * The "Give kudos" dialog of a message's "..." menu: kudos to the message's author, for one of
 * the tenant's company values, with a message (empty, at most the kudos limit). `null` when no
 * value can be offered. User text sits only in `TextRun`s and choice titles, neutralised.
 */
export function kudosToAuthorDialog(input: KudosToAuthorDialogInput): DialogCard | null {
  const choices = valueChoices(input.companyValues);
  if (choices.length === 0) return null;
  const name = plainText(input.author.displayName, CARD_TEXT_LIMITS.name);
  return dialog(
    [
      richText([run('Kudos to '), run(name, { weight: 'bolder' })]),
      quote(input.message),
      ...kudosInputs(choices),
    ],
    [{ type: 'Action.Submit', title: 'Send kudos' }],
  );
}

/**
 * The "Save as evidence" dialog: a preview of the message, the caller's active goals to keep it
 * on (at most {@link MAX_EVIDENCE_GOAL_CHOICES}) and an optional note. With no goal it says so
 * and offers no submit, only a link to Northstar.
 * @throws RangeError when `appUrl` is not an absolute http(s) URL.
 */
export function saveEvidenceDialog(input: EvidenceDialogInput): DialogCard {
  const appLink = httpUrl(input.appUrl, 'appUrl');
  const goals = input.goals.slice(0, MAX_EVIDENCE_GOAL_CHOICES);
  if (goals.length === 0) {
    const none: CardElement = {
      type: 'TextBlock',
      text: 'You have no active goals. Create one in Northstar, then save messages as evidence on it.',
      wrap: true,
    };
    return dialog(
      [quote(input.message), none],
      [{ type: 'Action.OpenUrl', title: 'Open Northstar', url: appLink }],
    );
  }
  // Stored titles are never blank, but a choice without a title would make the card invalid.
  const choices = goals.map((goal) => ({
    title: plainText(goal.title, DIALOG_TEXT_LIMITS.goalChoice) || 'Untitled goal',
    value: goal.id,
  }));
  return dialog(
    [
      quote(input.message),
      {
        type: 'Input.ChoiceSet',
        id: EVIDENCE_INPUT_IDS.goalId,
        label: 'Keep it on your goal',
        style: 'compact',
        placeholder: 'Pick a goal',
        isRequired: true,
        errorMessage: 'Pick the goal this message is evidence for',
        choices,
      },
      {
        type: 'Input.Text',
        id: EVIDENCE_INPUT_IDS.note,
        label: 'Note (optional)',
        isMultiline: true,
        maxLength: EVIDENCE_NOTE_MAX_LENGTH,
      },
    ],
    [{ type: 'Action.Submit', title: 'Save evidence' }],
  );
}
