import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { GoalView } from '@northstar/shared';
import { useGoalDetailStyles } from './GoalDetail.styles';
import { useArchive } from './use-archive';

/** Props of `ArchiveDialog`. */
export interface ArchiveDialogProps {
  goal: GoalView;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onArchived: () => void;
  /** Someone saved the goal first: the latest version and what changed, in words. */
  onChanged: (latest: GoalView, message: string) => void;
}

/**
 * Asks before archiving, then archives the version shown. A failure stays in the dialog to
 * retry; a newer version closes it and goes to `onChanged`.
 */
export function ArchiveDialog({
  goal,
  open,
  onOpenChange,
  onArchived,
  onChanged,
}: ArchiveDialogProps) {
  const styles = useGoalDetailStyles();
  const { busy, error, confirm } = useArchive(goal, onArchived, (latest, message) => {
    onOpenChange(false);
    onChanged(latest, message);
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={<>Archive “{goal.title}”?</>}
      action="Archive"
      busyAction="Archiving…"
      busy={busy}
      error={error}
      failedTitle="Not archived."
      contentClassName={styles.section}
      onConfirm={confirm}
    >
      It will no longer count towards progress or alignment and takes no more check-ins. Goals that
      feed it will be flagged so their owners can realign them.
    </ConfirmDialog>
  );
}
