import { Button, Title2 } from '@fluentui/react-components';
import { ArchiveRegular, CheckmarkCircleRegular, EditRegular } from '@fluentui/react-icons';
import type { GoalView } from '@northstar/shared';
import { StatusBadge } from '../../components/StatusBadge';
import { useGoalDetailStyles } from './GoalDetail.styles';

/** What the header's buttons do; absent when the viewer may not change the goal. */
export interface GoalActions {
  onCheckIn: () => void;
  onEdit: () => void;
  onArchive: () => void;
}

/** The goal's title (the page heading), its status and the actions on it. */
export function GoalHeader({
  goal,
  headingId,
  actions,
}: {
  goal: GoalView;
  headingId: string;
  actions: GoalActions | null;
}) {
  const styles = useGoalDetailStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Title2 as="h1" id={headingId} className={styles.title}>
          {goal.title}
        </Title2>
        <StatusBadge status={goal.status} />
      </div>
      {actions && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={<CheckmarkCircleRegular />}
            onClick={actions.onCheckIn}
          >
            Check in
          </Button>
          <Button icon={<EditRegular />} onClick={actions.onEdit}>
            Edit
          </Button>
          <Button icon={<ArchiveRegular />} onClick={actions.onArchive}>
            Archive
          </Button>
        </div>
      )}
    </header>
  );
}
