import { allRows, type TreeRow } from './alignment-rows';

/** What the status line under the toolbar is about. */
export interface StatusFacts {
  /** The rows shown (filtered by `query`). */
  rows: readonly TreeRow[];
  query: string;
  /** Some goal's children are not loaded yet, so search and "Expand all" see part of the tree. */
  partial: boolean;
  /** "Expand all" was the last thing done to the tree. */
  expandedAll: boolean;
}

const LOADED_SO_FAR = 'Searching the goals loaded so far; open a goal to load the goals below it.';

/**
 * The status line: how many goals match a search ("3 goals match", counting a goal with two
 * parents once), and whether only part of the tree was searched or expanded; empty otherwise.
 */
export function statusLine({ rows, query, partial, expandedAll }: StatusFacts): string {
  const needle = query.trim();
  if (needle === '') {
    return expandedAll && partial
      ? 'Expanded the goals loaded so far; open a goal to load the goals below it.'
      : '';
  }
  const ids = new Set(
    allRows(rows)
      .filter((row) => row.match)
      .map((row) => row.node.goal.id),
  );
  const count =
    ids.size === 0
      ? `No goal matches "${needle}".`
      : `${String(ids.size)} ${ids.size === 1 ? 'goal matches' : 'goals match'} "${needle}".`;
  return partial ? `${count} ${LOADED_SO_FAR}` : count;
}
