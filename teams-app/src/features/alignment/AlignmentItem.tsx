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
import { unloadedCount, type TreeRow } from './alignment-rows';
import { useAlignmentStyles } from './Alignment.styles';
import { ItemContent } from './ItemContent';
import { SubtreeTail } from './SubtreeTail';
import type { SubtreeLoad } from './use-subtree-loads';

/** What every item of the tree needs to know besides its row. */
export interface TreeEnv {
  query: string;
  focusId: string | undefined;
  /** Loads of goals' unloaded children, by goal id. */
  loads: ReadonlyMap<string, SubtreeLoad>;
  /** Loads a goal's unloaded children. */
  onLoad: (goalId: string) => void;
}

/** Props of `AlignmentItem`. */
export interface AlignmentItemProps {
  row: TreeRow;
  env: TreeEnv;
}

/**
 * One goal in the alignment tree and, below it, the goals that feed it. Named by its title and
 * described by its facts; its actions (focus on its chain, open it) show when it is focused or
 * hovered, and Tab reaches them from the item. A goal whose children are not all loaded is a
 * branch too, its last item the way to load them.
 */
export function AlignmentItem({ row, env }: AlignmentItemProps) {
  const styles = useAlignmentStyles();
  const titleId = useId();
  const descriptionId = useId();
  const { goal } = row.node;
  const focused = goal.id === env.focusId;
  const unloaded = unloadedCount(row.node);
  const branch = row.children.length > 0 || unloaded > 0;
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
          query={env.query}
          focused={focused}
        />
      </TreeItemLayout>
      {branch && <ItemChildren row={row} env={env} />}
    </TreeItem>
  );
}

/** The goals below an item, then the way to load those not loaded yet. */
function ItemChildren({ row, env }: AlignmentItemProps) {
  const { goal } = row.node;
  const unloaded = unloadedCount(row.node);
  return (
    <Tree>
      {row.children.map((child) => (
        <AlignmentItem key={child.key} row={child} env={env} />
      ))}
      {unloaded > 0 && (
        <SubtreeTail
          parentKey={row.key}
          parentTitle={goal.title}
          unloaded={unloaded}
          more={row.children.length > 0}
          load={env.loads.get(goal.id)}
          onLoad={() => env.onLoad(goal.id)}
        />
      )}
    </Tree>
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
