import { KUDOS_MESSAGE_MAX_LENGTH, type GiveKudos } from '@northstar/shared';

/** What the give-kudos form holds while it is typed. */
export interface KudosDraft {
  value: string;
  message: string;
}

/** The form's fields that the server may name in a problem. */
export const KUDOS_FIELDS = ['value', 'message'] as const;
export type KudosField = (typeof KUDOS_FIELDS)[number];

/** A fresh form: no value chosen, no message. */
export const EMPTY_DRAFT: KudosDraft = { value: '', message: '' };

/** "12 of 500 characters": the counter under the message. */
export function messageCounter(message: string): string {
  return `${String(message.length)} of ${String(KUDOS_MESSAGE_MAX_LENGTH)} characters`;
}

/**
 * The request for a draft, or a message per field that is missing or too long. The server
 * checks again (the value against the organisation's values, the receiver, the goal).
 */
export function readKudosDraft(
  receiverId: string,
  draft: KudosDraft,
): { body: GiveKudos } | { errors: Partial<Record<KudosField, string>> } {
  const message = draft.message.trim();
  const errors: Partial<Record<KudosField, string>> = {};
  if (draft.value === '') errors.value = 'Choose the company value this kudos is for.';
  if (message === '') errors.message = 'Write a few words about what they did.';
  else if (message.length > KUDOS_MESSAGE_MAX_LENGTH) {
    errors.message = `Keep it to ${String(KUDOS_MESSAGE_MAX_LENGTH)} characters.`;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { body: { receiverId, value: draft.value, message } };
}
