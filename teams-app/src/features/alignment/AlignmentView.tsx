import { Text } from '@fluentui/react-components';
import type { AlignmentResponse } from '@northstar/shared';
import { useDeferredValue, useMemo, useState } from 'react';
import { EmptyState } from '../../components/ScreenStates';
import { allRows, branchKeys, buildRows, defaultOpenKeys, filterRows } from './alignment-rows';
import { useAlignmentStyles } from './Alignment.styles';
import { AlignmentToolbar } from './AlignmentToolbar';
import { AlignmentTree } from './AlignmentTree';
import { CoverageSummary } from './CoverageSummary';
import { useOpenItems } from './use-open-items';

/** The loaded alignment: coverage, search, expand/collapse all, and the tree. */
export function AlignmentView({
  response,
  focusId,
}: {
  response: AlignmentResponse;
  focusId: string | undefined;
}) {
  const styles = useAlignmentStyles();
  const [query, setQuery] = useState('');
  // Filtering a large tree on every key stroke may lag; typing stays responsive meanwhile.
  const searched = useDeferredValue(query);
  const rows = useMemo(() => buildRows(response, focusId), [response, focusId]);
  const shown = useMemo(() => filterRows(rows, searched), [rows, searched]);
  const defaults = useMemo(
    () => defaultOpenKeys(shown, searched, focusId),
    [shown, searched, focusId],
  );
  const [openKeys, setOpenKeys] = useOpenItems(defaults);
  return (
    <>
      <CoverageSummary coverage={response.coverage} focused={focusId !== undefined} />
      <AlignmentToolbar
        query={query}
        onQueryChange={setQuery}
        onExpandAll={() => setOpenKeys(branchKeys(shown))}
        onCollapseAll={() => setOpenKeys(new Set())}
      />
      <Text role="status" className={styles.secondary}>
        {searchResult(shown, searched)}
      </Text>
      {shown.length > 0 ? (
        <AlignmentTree
          rows={shown}
          openKeys={openKeys}
          onOpenKeysChange={setOpenKeys}
          query={searched}
          focusId={focusId}
        />
      ) : (
        <EmptyState title="No goals match your search">
          Try another word, or clear the search to see every goal.
        </EmptyState>
      )}
    </>
  );
}

/** "3 goals match", counting a goal with two parents once; empty without a search. */
function searchResult(rows: Parameters<typeof allRows>[0], query: string): string {
  if (query.trim() === '') return '';
  const ids = new Set(
    allRows(rows)
      .filter((row) => row.match)
      .map((row) => row.node.goal.id),
  );
  if (ids.size === 0) return `No goal matches "${query.trim()}".`;
  return `${String(ids.size)} ${ids.size === 1 ? 'goal matches' : 'goals match'} "${query.trim()}".`;
}
