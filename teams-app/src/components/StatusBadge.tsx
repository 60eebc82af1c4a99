import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import type { GoalStatus } from '@northstar/shared';
import { STATUS_LABELS } from '@northstar/shared';

const COLORS: Record<GoalStatus, BadgeProps['color']> = {
  done: 'success',
  on_track: 'brand',
  at_risk: 'warning',
  off_track: 'danger',
  stale: 'subtle',
};

const useStyles = makeStyles({
  // A status is one short phrase: never break it inside the badge.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** The derived status of a goal in words (colour is never the only signal). */
export function StatusBadge({ status }: { status: GoalStatus }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={COLORS[status]} shape="rounded">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
