import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { ReviewCycle } from '@northstar/shared';
import { useState } from 'react';
import { scopeLabel } from './review-labels';
import { useReviewsStyles } from './Reviews.styles';

interface Step {
  label: string;
  title: string;
  consequences: string;
  confirm: string;
}

function stepFor(cycle: ReviewCycle): Step | null {
  if (cycle.state === 'draft')
    return {
      label: 'Open cycle',
      title: `Open ${cycle.name}?`,
      consequences: `Opening creates one review for each person in scope (${scopeLabel(cycle.scope)}), with their current manager as the reviewer; people without a manager are skipped. Reviewees can start their self review from the first day of the self review phase. An open cycle cannot go back to draft.`,
      confirm: 'Yes, open the cycle',
    };
  if (cycle.state === 'open')
    return {
      label: 'Close cycle',
      title: `Close ${cycle.name}?`,
      consequences:
        'Closing freezes every review of this cycle: nobody can save, submit, release or acknowledge any more, whatever phase it is in. A closed cycle cannot be opened again.',
      confirm: 'Yes, close the cycle',
    };
  return null;
}

/** "Open cycle" for a draft, "Close cycle" for an open one, each after a confirmation. */
export function CycleStateActions({
  cycle,
  busy,
  onOpen,
  onClose,
}: {
  cycle: ReviewCycle;
  busy: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const styles = useReviewsStyles();
  const [confirming, setConfirming] = useState(false);
  const step = stepFor(cycle);
  if (!step) return <Text>This cycle is closed: its reviews can no longer change.</Text>;
  const confirm = () => {
    setConfirming(false);
    if (cycle.state === 'draft') onOpen();
    else onClose();
  };
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={busy} onClick={() => setConfirming(true)}>
        {step.label}
      </Button>
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{step.title}</DialogTitle>
            <DialogContent>{step.consequences}</DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button appearance="primary" onClick={confirm}>
                {step.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
