import { canViewPrivateNote, type PrivateNote, type PutPrivateNote } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { checkIfMatch } from '../access/if-match.js';
import type { OneOnOneDeps, StoredPrivateNote } from './one-on-one-deps.js';
import { findOccurrence } from './occurrence-service.js';
import { hashedId } from '../stable-id.js';

function toNote(doc: StoredPrivateNote): PrivateNote {
  const { id, tenantId, authorId, oneOnOneId, text, createdAt, updatedAt, etag } = doc;
  return { id, tenantId, authorId, oneOnOneId, text, createdAt, updatedAt, etag };
}

/**
 * The caller's own note on a 1:1. It lives in the caller's partition under an id derived from
 * the caller, so no input can address another person's note.
 */
async function ownNote(
  deps: OneOnOneDeps,
  caller: Caller,
  target: { seriesId: string; id: string },
): Promise<{ id: string; stored: StoredPrivateNote | null }> {
  await findOccurrence(deps, caller, target);
  const id = hashedId('opn', caller.person.id, target.id);
  const stored = await deps.notes.get(caller.tenantId, caller.person.id, id);
  const mine =
    stored?.kind === 'one-on-one-private-note' && canViewPrivateNote(caller.person.id, stored);
  return { id, stored: mine ? stored : null };
}

/** The caller's private note on a 1:1; `not_found` until they write one. */
export async function getPrivateNote(
  deps: OneOnOneDeps,
  caller: Caller,
  target: { seriesId: string; id: string },
): Promise<PrivateNote> {
  const { stored } = await ownNote(deps, caller, target);
  if (!stored) throw new DomainError('not_found', 'You have no private note on this 1:1.');
  return toNote(stored);
}

/**
 * Writes the caller's private note; replacing an existing one needs its If-Match. Deliberately
 * NOT audited: the audit trail is read by admins, and even "X wrote a private note on this 1:1"
 * would tell them what only X may know (the API answers 404 to everyone else). Only the author
 * can change the note, so there is no "who changed it" question for a trail to answer.
 */
export async function putPrivateNote(
  deps: OneOnOneDeps,
  caller: Caller,
  target: { seriesId: string; id: string; ifMatch: string | undefined },
  input: PutPrivateNote,
): Promise<{ note: PrivateNote; created: boolean }> {
  const { id, stored } = await ownNote(deps, caller, target);
  const now = deps.clock.now().toISOString();
  if (stored) {
    const expected = checkIfMatch('private note', stored.etag, target.ifMatch);
    const next = { ...stored, text: input.text, updatedAt: now };
    return { note: toNote(await deps.notes.replace(next, expected)), created: false };
  }
  const created = await deps.notes.create({
    id,
    tenantId: caller.tenantId,
    organizerId: caller.person.id,
    kind: 'one-on-one-private-note',
    authorId: caller.person.id,
    oneOnOneId: target.id,
    seriesId: target.seriesId,
    text: input.text,
    createdAt: now,
    updatedAt: now,
  });
  return { note: toNote(created), created: true };
}
