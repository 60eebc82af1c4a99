import type { GoalView } from '@northstar/shared';
import { useState } from 'react';
import { messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { tryArchive } from './archive-goal';

/** What the archive dialog shows while it works. */
export interface ArchiveState {
  busy: boolean;
  /** The last failure in words, to show in the dialog. */
  error: string | null;
  confirm: () => void;
}

/**
 * Archives `goal` on `confirm`: `onArchived` when done, `onChanged` with the latest version and
 * what changed when someone saved it first, an error in words otherwise.
 */
export function useArchive(
  goal: GoalView,
  onArchived: () => void,
  onChanged: (latest: GoalView, message: string) => void,
): ArchiveState {
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    setBusy(true);
    setError(null);
    tryArchive(api, goal).then(
      (result) => {
        setBusy(false);
        if (result.kind === 'archived') onArchived();
        else onChanged(result.latest, result.message);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(messageOf(failure));
      },
    );
  };
  return { busy, error, confirm };
}
