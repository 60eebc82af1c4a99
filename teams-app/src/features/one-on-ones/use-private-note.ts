import type { PrivateNote } from '@northstar/shared';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';

/** Where the private note editor stands. */
export type PrivateNoteStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** The note was saved elsewhere (another tab or device): reloaded, the draft kept. */
  | { kind: 'stale' }
  | { kind: 'error'; error: unknown };

/** My own note on a 1:1, or null while I have written none (the API answers 404). */
async function loadNote(load: () => Promise<PrivateNote>): Promise<PrivateNote | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * My private note on one 1:1: loaded on its own and saved on its own (with the note's ETag once
 * it exists), so it never travels with the shared 1:1.
 */
export function usePrivateNote(seriesId: string, meetingId: string) {
  const { api } = useApp();
  const load = () => loadNote(() => api.getPrivateNote(seriesId, meetingId));
  const note = useResource(load, [api, seriesId, meetingId]);
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<PrivateNoteStatus>({ kind: 'idle' });
  const saved = note.state.status === 'ready' ? (note.state.data?.text ?? '') : '';
  const text = draft ?? saved;

  const save = async () => {
    if (note.state.status !== 'ready') return;
    setStatus({ kind: 'saving' });
    try {
      const written = await api.putPrivateNote(seriesId, meetingId, text, note.state.data?.etag);
      note.setData(() => written);
      setDraft(written.text === text ? null : text);
      setStatus({ kind: 'saved' });
    } catch (error) {
      if (!(error instanceof ApiError && (error.status === 412 || error.code === 'conflict'))) {
        setStatus({ kind: 'error', error });
        return;
      }
      setDraft(text);
      await load().then(
        (fresh) => {
          note.setData(() => fresh);
          setStatus({ kind: 'stale' });
        },
        (reloadError: unknown) => setStatus({ kind: 'error', error: reloadError }),
      );
    }
  };
  return {
    note,
    text,
    dirty: text !== saved,
    status,
    edit: (next: string) => {
      setDraft(next);
      if (status.kind === 'saved') setStatus({ kind: 'idle' });
    },
    save: () => void save(),
  };
}
