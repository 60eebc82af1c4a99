import { useState } from 'react';
import { useApp } from '../../app/app-context';
import type { OneOnOneView } from '@northstar/shared';
import { isStale, type MeetingWrites } from './use-meeting-writes';

/** Where the shared notes editor stands. */
export type NotesStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Someone else saved other notes meanwhile: theirs are shown, the writer's text is kept. */
  | { kind: 'conflict'; theirs: string }
  | { kind: 'error'; error: unknown };

/**
 * The shared notes editor: a draft over the saved notes. A 412 reloads the 1:1; when the notes
 * themselves are as the writer last saw them (someone ticked a point, say) the save simply goes
 * again, otherwise the writer sees the other version and keeps their own text.
 */
export function useSharedNotes(seriesId: string, meeting: OneOnOneView, writes: MeetingWrites) {
  const { api } = useApp();
  const [draft, setDraft] = useState(meeting.sharedNotes);
  // The saved notes the draft started from.
  const [base, setBase] = useState(meeting.sharedNotes);
  const [status, setStatus] = useState<NotesStatus>({ kind: 'idle' });
  // Newer notes from the server replace an untouched draft (adjusting state while rendering).
  if (meeting.sharedNotes !== base && draft === base && status.kind !== 'saving') {
    setBase(meeting.sharedNotes);
    setDraft(meeting.sharedNotes);
  }
  const put = (text: string) =>
    writes.enqueue((m) => api.updateSharedNotes(seriesId, m.id, text, m.etag));

  const save = async () => {
    const text = draft;
    setStatus({ kind: 'saving' });
    try {
      await put(text).catch(async (error: unknown) => {
        if (!isStale(error)) throw error;
        const fresh = await writes.refresh();
        if (fresh.sharedNotes !== base) throw new NotesChanged(fresh.sharedNotes);
        return put(text);
      });
      setBase(text);
      setStatus({ kind: 'saved' });
    } catch (error) {
      if (!(error instanceof NotesChanged)) {
        setStatus({ kind: 'error', error });
        return;
      }
      // The next save replaces theirs on purpose: the writer has seen them.
      setBase(error.theirs);
      setStatus({ kind: 'conflict', theirs: error.theirs });
    }
  };
  return {
    draft,
    dirty: draft !== base,
    status,
    edit: (text: string) => {
      setDraft(text);
      if (status.kind === 'saved') setStatus({ kind: 'idle' });
    },
    save: () => void save(),
  };
}

/** The notes changed under the writer: carries the other version. */
class NotesChanged extends Error {
  constructor(readonly theirs: string) {
    super('The shared notes changed meanwhile.');
  }
}
