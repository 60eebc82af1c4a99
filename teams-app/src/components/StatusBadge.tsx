import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { GoalStatus } from '@northstar/shared';
import { STATUS_LABELS } from '@northstar/shared';

const COLORS: Record<GoalStatus, BadgeProps['color']> = {
  done: 'success',
  on_track: 'brand',
  at_risk: 'warning',
  off_track: 'danger',
  stale: 'subtle',
};

/** The derived status of a goal in words (colour is never the only signal). */
export function StatusBadge({ status }: { status: GoalStatus }) {
  return (
    <Badge appearance="tint" color={COLORS[status]} shape="rounded">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
