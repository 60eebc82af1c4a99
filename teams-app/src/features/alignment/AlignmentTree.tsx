import { Tree } from '@fluentui/react-components';
import type { TreeRow } from './alignment-rows';
import { useAlignmentStyles } from './Alignment.styles';
import { AlignmentItem, type TreeEnv } from './AlignmentItem';

/** Props of `AlignmentTree`. */
export interface AlignmentTreeProps {
  rows: readonly TreeRow[];
  openKeys: ReadonlySet<string>;
  onOpenKeysChange: (keys: ReadonlySet<string>) => void;
  /** The reader opened the item with this key (by click or key), not "Expand all". */
  onOpened: (key: string) => void;
  env: TreeEnv;
}

/**
 * The company -> team -> individual tree. Fluent's Tree gives expand and collapse, arrow-key
 * navigation and the tree roles; which items are open is controlled here (search, expand all).
 */
export function AlignmentTree({
  rows,
  openKeys,
  onOpenKeysChange,
  onOpened,
  env,
}: AlignmentTreeProps) {
  const styles = useAlignmentStyles();
  return (
    <Tree
      aria-label="Goal alignment"
      className={styles.tree}
      openItems={openKeys}
      onOpenChange={(_, data) => {
        onOpenKeysChange(new Set([...data.openItems].map(String)));
        if (data.open) onOpened(String(data.value));
      }}
    >
      {rows.map((row) => (
        <AlignmentItem key={row.key} row={row} env={env} />
      ))}
    </Tree>
  );
}
