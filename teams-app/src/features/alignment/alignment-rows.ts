import type { AlignmentNode, AlignmentResponse } from '@northstar/shared';

/**
 * One place a goal shows in the tree. The alignment graph is a DAG, so a goal with two parents
 * gets a row under each; `key` (the ids from the top down to it, joined by `/`) tells them apart.
 */
export interface TreeRow {
  key: string;
  node: AlignmentNode;
  children: TreeRow[];
  /** True when the goal's title matches the search. */
  match: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The rows of the tree. Without `focusId` the tops are the response's `rootIds`; with it the
 * response holds the focused goal's subtree and its ancestors, so the tops are the goals with no
 * parent in the answer (the company goals its chain reaches), company goals first. `nodes` (the
 * response's, plus subtrees loaded since) give the rows below; the tops stay the response's, so
 * a subtree's other ancestors (of a goal with two parents) never become tops of a focused chain.
 */
export function buildRows(
  response: AlignmentResponse,
  focusId?: string,
  nodes: readonly AlignmentNode[] = response.nodes,
): TreeRow[] {
  const first = new Map(response.nodes.map((node) => [node.goal.id, node]));
  const topIds =
    focusId === undefined
      ? response.rootIds
      : response.nodes
          .filter((node) => !node.goal.parentIds.some((link) => first.has(link.goalId)))
          .sort(topFirst)
          .map((node) => node.goal.id);
  const byId = nodes === response.nodes ? first : new Map(nodes.map((n) => [n.goal.id, n]));
  return topIds.flatMap((id) => byId.get(id) ?? []).map((node) => rowOf(node, '', byId, new Set()));
}

function topFirst(a: AlignmentNode, b: AlignmentNode): number {
  const company = (n: AlignmentNode) => (n.goal.level === 'company' ? 0 : 1);
  return company(a) - company(b) || collator.compare(a.goal.title, b.goal.title);
}

function rowOf(
  node: AlignmentNode,
  parentKey: string,
  byId: ReadonlyMap<string, AlignmentNode>,
  above: ReadonlySet<string>,
): TreeRow {
  const key = parentKey === '' ? node.goal.id : `${parentKey}/${node.goal.id}`;
  const path = new Set(above).add(node.goal.id);
  // The server refuses cyclic links; skipping a goal already on the path keeps bad data finite.
  const children = node.childIds
    .flatMap((id) => (path.has(id) ? [] : (byId.get(id) ?? [])))
    .sort((a, b) => collator.compare(a.goal.title, b.goal.title))
    .map((child) => rowOf(child, key, byId, path));
  return { key, node, children, match: false };
}

/**
 * The rows whose title contains `query` (case-insensitive), each with its ancestors; a match keeps
 * everything below it too, so it can still be expanded. An empty query keeps every row.
 */
export function filterRows(rows: readonly TreeRow[], query: string): TreeRow[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...rows];
  return rows.flatMap((row) => filterRow(row, needle, false));
}

function filterRow(row: TreeRow, needle: string, underMatch: boolean): TreeRow[] {
  const match = row.node.goal.title.toLocaleLowerCase().includes(needle);
  const children = row.children.flatMap((child) => filterRow(child, needle, underMatch || match));
  if (!match && !underMatch && children.length === 0) return [];
  return [{ ...row, match, children }];
}

/** Keys of the rows that have, somewhere below them, a row for which `test` holds. */
export function keysAbove(rows: readonly TreeRow[], test: (row: TreeRow) => boolean): Set<string> {
  const keys = new Set<string>();
  const visit = (row: TreeRow): boolean => {
    let below = false;
    for (const child of row.children) if (visit(child)) below = true;
    if (below) keys.add(row.key);
    return below || test(row);
  };
  for (const row of rows) visit(row);
  return keys;
}

/** Keys of every row that has children (what "Expand all" opens). */
export function branchKeys(rows: readonly TreeRow[]): Set<string> {
  const keys = new Set<string>();
  const visit = (row: TreeRow) => {
    if (row.children.length === 0) return;
    keys.add(row.key);
    row.children.forEach(visit);
  };
  rows.forEach(visit);
  return keys;
}

/**
 * What is open before the reader changes anything: while searching, the ancestors of every match;
 * in focus mode, the chain down to the focused goal and the goal itself; otherwise the top level.
 */
export function defaultOpenKeys(
  rows: readonly TreeRow[],
  query: string,
  focusId?: string,
): Set<string> {
  if (query.trim() !== '') return keysAbove(rows, (row) => row.match);
  if (focusId !== undefined) {
    const isFocus = (row: TreeRow) => row.node.goal.id === focusId;
    const keys = keysAbove(rows, isFocus);
    for (const row of allRows(rows)) if (isFocus(row) && row.children.length > 0) keys.add(row.key);
    return keys;
  }
  return new Set(rows.filter((row) => row.children.length > 0).map((row) => row.key));
}

/**
 * How many of the goal's children are not loaded yet: more than 0 when the answer stopped above
 * them (`GET /api/alignment?rootId=<goal>` brings them).
 */
export function unloadedCount(node: AlignmentNode): number {
  return Math.max(0, node.childCount - node.childIds.length);
}

/**
 * `known` with `incoming` (another answer, e.g. a goal's subtree) merged in, known goals first.
 * A goal in both keeps the version with more `childIds`, and the children of both: an answer
 * lists only the children it holds, so neither version may take a loaded child away.
 */
export function mergeNodes(
  known: readonly AlignmentNode[],
  incoming: readonly AlignmentNode[],
): AlignmentNode[] {
  const merged = new Map(known.map((node) => [node.goal.id, node]));
  for (const node of incoming) {
    const old = merged.get(node.goal.id);
    if (old === undefined) {
      merged.set(node.goal.id, node);
      continue;
    }
    const [kept, other] = node.childIds.length > old.childIds.length ? [node, old] : [old, node];
    const childIds = [...new Set([...kept.childIds, ...other.childIds])];
    merged.set(
      node.goal.id,
      childIds.length === kept.childIds.length ? kept : { ...kept, childIds },
    );
  }
  return [...merged.values()];
}

/** Every row, depth first. */
export function allRows(rows: readonly TreeRow[]): TreeRow[] {
  return rows.flatMap((row) => [row, ...allRows(row.children)]);
}
