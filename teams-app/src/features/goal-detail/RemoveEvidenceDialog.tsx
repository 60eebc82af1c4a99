import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Evidence } from '@northstar/shared';
import { useState } from 'react';
import { messageOf } from '../../api/api-error';
import { useGoalDetailStyles } from './GoalDetail.styles';

/** Props of `RemoveEvidenceDialog`. */
export interface RemoveEvidenceDialogProps {
  evidence: Evidence;
  onOpenChange: (open: boolean) => void;
  /** Removes it; a rejection keeps the dialog open with the reason. */
  onRemove: (evidence: Evidence) => Promise<void>;
}

/** Asks before removing evidence from a goal; a failure stays in the dialog to retry. */
export function RemoveEvidenceDialog({
  evidence,
  onOpenChange,
  onRemove,
}: RemoveEvidenceDialogProps) {
  const styles = useGoalDetailStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    setBusy(true);
    setError(null);
    onRemove(evidence).then(
      () => onOpenChange(false),
      (failure: unknown) => {
        setBusy(false);
        setError(messageOf(failure));
      },
    );
  };
  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title="Remove this evidence?"
      action="Remove"
      busyAction="Removing…"
      busy={busy}
      error={error}
      failedTitle="Not removed."
      contentClassName={styles.section}
      onConfirm={confirm}
    >
      The message from {evidence.authorName || 'someone'} stays in Teams; Northstar forgets its
      text, link and note on this goal.
    </ConfirmDialog>
  );
}
