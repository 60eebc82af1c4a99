import {
  Button,
  Tooltip,
  Tree,
  TreeItem,
  TreeItemLayout,
  mergeClasses,
} from '@fluentui/react-components';
import { OpenRegular, TargetArrowRegular } from '@fluentui/react-icons';
import type { GoalView } from '@northstar/shared';
import { useId } from 'react';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import type { TreeRow } from './alignment-rows';
import { useAlignmentStyles } from './Alignment.styles';
import { ItemContent } from './ItemContent';

/** Props of `AlignmentItem`. */
export interface AlignmentItemProps {
  row: TreeRow;
  query: string;
  focusId: string | undefined;
}

/**
 * One goal in the alignment tree and, below it, the goals that feed it. Named by its title and
 * described by its facts; its actions (focus on its chain, open it) show when it is focused or
 * hovered, and Tab reaches them from the item.
 */
export function AlignmentItem({ row, query, focusId }: AlignmentItemProps) {
  const styles = useAlignmentStyles();
  const titleId = useId();
  const descriptionId = useId();
  const { goal } = row.node;
  const focused = goal.id === focusId;
  const branch = row.children.length > 0;
  return (
    <TreeItem
      itemType={branch ? 'branch' : 'leaf'}
      value={row.key}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      {...(focused ? { 'aria-current': true } : {})}
    >
      <TreeItemLayout
        className={mergeClasses(
          styles.itemLayout,
          branch ? styles.narrowBranch : styles.narrowLeaf,
        )}
        main={{ className: styles.itemMain }}
        actions={<ItemActions goal={goal} />}
      >
        <ItemContent
          node={row.node}
          titleId={titleId}
          descriptionId={descriptionId}
          query={query}
          focused={focused}
        />
      </TreeItemLayout>
      {branch && (
        <Tree>
          {row.children.map((child) => (
            <AlignmentItem key={child.key} row={child} query={query} focusId={focusId} />
          ))}
        </Tree>
      )}
    </TreeItem>
  );
}

function ItemActions({ goal }: { goal: GoalView }) {
  const { navigate } = useApp();
  return (
    <>
      <Tooltip content={`Focus on the chain of ${goal.title}`} relationship="label">
        <Button
          appearance="subtle"
          icon={<TargetArrowRegular />}
          onClick={() => navigate({ screen: 'alignment', focusId: goal.id })}
        />
      </Tooltip>
      <Tooltip content={`Open ${goal.title}`} relationship="label">
        <Button
          as="a"
          appearance="subtle"
          icon={<OpenRegular />}
          href={hashOf({ screen: 'goal', goalId: goal.id })}
        />
      </Tooltip>
    </>
  );
}
