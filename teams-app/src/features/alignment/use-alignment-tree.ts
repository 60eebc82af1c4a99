import type { AlignmentResponse } from '@northstar/shared';
import { useCallback, useMemo } from 'react';
import {
  buildRows,
  defaultOpenKeys,
  filterRows,
  unloadedCount,
  type TreeRow,
} from './alignment-rows';
import { useOpenItems } from './use-open-items';
import { useSubtreeLoads, type SubtreeLoad } from './use-subtree-loads';

/** The tree's state, as `useAlignmentTree` gives it. */
export interface AlignmentTreeState {
  /** The rows shown: every goal loaded so far, filtered by the search. */
  rows: TreeRow[];
  openKeys: ReadonlySet<string>;
  setOpenKeys: (keys: ReadonlySet<string>) => void;
  /** Some goal's children are not loaded yet. */
  partial: boolean;
  loads: ReadonlyMap<string, SubtreeLoad>;
  load: (goalId: string) => void;
  /** The reader opened the item with `key`: loads the goal's children if some are missing. */
  opened: (key: string) => void;
}

/**
 * The alignment tree over `response` and the subtrees loaded since, searched for `query`, with
 * the open items. Opening a goal whose children are not all loaded loads them, once.
 */
export function useAlignmentTree(
  response: AlignmentResponse,
  focusId: string | undefined,
  query: string,
): AlignmentTreeState {
  const { nodes, loads, load } = useSubtreeLoads(response);
  const all = useMemo(() => buildRows(response, focusId, nodes), [response, focusId, nodes]);
  const rows = useMemo(() => filterRows(all, query), [all, query]);
  const defaults = useMemo(() => defaultOpenKeys(rows, query, focusId), [rows, query, focusId]);
  const [openKeys, setOpenKeys] = useOpenItems(defaults, [response, query, focusId]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.goal.id, n])), [nodes]);
  const partial = useMemo(() => nodes.some((n) => unloadedCount(n) > 0), [nodes]);
  const opened = useCallback(
    (key: string) => {
      // A row's key ends with its goal's id (ids never hold a "/").
      const node = byId.get(key.slice(key.lastIndexOf('/') + 1));
      if (node === undefined || unloadedCount(node) === 0) return;
      const status = loads.get(node.goal.id)?.status;
      if (status === 'loading' || status === 'stopped') return;
      load(node.goal.id);
    },
    [byId, loads, load],
  );
  return { rows, openKeys, setOpenKeys, partial, loads, load, opened };
}
