import { Text } from '@fluentui/react-components';
import type { AlignmentResponse } from '@northstar/shared';
import { useDeferredValue, useState } from 'react';
import { EmptyState } from '../../components/ScreenStates';
import { branchKeys } from './alignment-rows';
import { statusLine } from './alignment-status';
import { useAlignmentStyles } from './Alignment.styles';
import { AlignmentToolbar } from './AlignmentToolbar';
import { AlignmentTree } from './AlignmentTree';
import { CoverageSummary } from './CoverageSummary';
import { useAlignmentTree } from './use-alignment-tree';

/**
 * The loaded alignment: coverage, search, expand/collapse all, and the tree. A large tenant's
 * answer stops a few levels down; opening a goal loads the goals below it, and search and
 * "Expand all" work on the goals loaded so far (the status line says so).
 */
export function AlignmentView({
  response,
  focusId,
}: {
  response: AlignmentResponse;
  focusId: string | undefined;
}) {
  const styles = useAlignmentStyles();
  const [query, setQuery] = useState('');
  const [expandedAll, setExpandedAll] = useState(false);
  // Filtering a large tree on every key stroke may lag; typing stays responsive meanwhile.
  const searched = useDeferredValue(query);
  const tree = useAlignmentTree(response, focusId, searched);
  const { rows, partial } = tree;
  return (
    <>
      <CoverageSummary coverage={response.coverage} focused={focusId !== undefined} />
      <AlignmentToolbar
        query={query}
        onQueryChange={setQuery}
        // Only what is loaded opens: opening everything below could mean hundreds of requests.
        onExpandAll={() => {
          tree.setOpenKeys(branchKeys(rows));
          setExpandedAll(true);
        }}
        onCollapseAll={() => {
          tree.setOpenKeys(new Set());
          setExpandedAll(false);
        }}
      />
      <Text role="status" className={styles.secondary}>
        {statusLine({ rows, query: searched, partial, expandedAll })}
      </Text>
      {rows.length > 0 ? (
        <AlignmentTree
          rows={rows}
          openKeys={tree.openKeys}
          onOpenKeysChange={tree.setOpenKeys}
          onOpened={tree.opened}
          env={{ query: searched, focusId, loads: tree.loads, onLoad: tree.load }}
        />
      ) : (
        <EmptyState title="No goals match your search">
          {partial
            ? 'Only the goals loaded so far were searched. Clear the search and open a goal to load the goals below it.'
            : 'Try another word, or clear the search to see every goal.'}
        </EmptyState>
      )}
    </>
  );
}
