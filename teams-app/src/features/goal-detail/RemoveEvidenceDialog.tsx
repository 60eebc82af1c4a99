import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
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
    <Dialog modalType="alert" open onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove this evidence?</DialogTitle>
          <DialogContent className={styles.section}>
            The message from {evidence.authorName || 'someone'} stays in Teams; Northstar forgets
            its text, link and note on this goal.
            {error && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Not removed.</MessageBarTitle> {error}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={confirm}>
              {busy ? 'Removing…' : 'Remove'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
