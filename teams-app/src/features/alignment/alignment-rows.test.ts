import type { AlignmentNode, AlignmentResponse } from '@northstar/shared';
import {
  fullAlignment,
  focusedAlignment,
  partialAlignment,
  subtreeOfT1,
} from './alignment-fixture';
import {
  allRows,
  branchKeys,
  buildRows,
  defaultOpenKeys,
  filterRows,
  mergeNodes,
  unloadedCount,
  type TreeRow,
} from './alignment-rows';

/** The rows as indented lines, for readable expectations. */
const outline = (rows: readonly TreeRow[], depth = 0): string[] =>
  rows.flatMap((row) => [
    `${'  '.repeat(depth)}${row.node.goal.id}${row.match ? '*' : ''}`,
    ...outline(row.children, depth + 1),
  ]);

describe('buildRows', () => {
  it('follows rootIds and puts a two-parent goal under each parent, children by title', () => {
    expect(outline(buildRows(fullAlignment()))).toEqual([
      'c2',
      '  t2',
      '    i1',
      'c1',
      '  t1',
      '    i2',
      '    i1',
      'i3',
    ]);
  });

  it('gives each place a goal shows a key of its own', () => {
    const keys = allRows(buildRows(fullAlignment())).map((row) => row.key);
    expect(keys).toContain('c1/t1/i1');
    expect(keys).toContain('c2/t2/i1');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('in focus mode starts from the company goals the chain reaches', () => {
    expect(outline(buildRows(focusedAlignment(), 'i1'))).toEqual([
      'c2',
      '  t2',
      '    i1',
      'c1',
      '  t1',
      '    i1',
    ]);
  });

  it('in focus mode keeps the tops of the answer when a subtree brings other ancestors', () => {
    // The focus is on t1; i1's subtree answer holds both its parents and their company goals.
    const merged = mergeNodes(subtreeOfT1().nodes, focusedAlignment().nodes);
    expect(outline(buildRows(subtreeOfT1(), 't1', merged))).toEqual([
      'c1',
      '  t1',
      '    i2',
      '    i1',
    ]);
  });

  it('skips links that would loop', () => {
    const looped: AlignmentResponse = fullAlignment();
    looped.nodes = looped.nodes.map((n) => (n.goal.id === 'i1' ? { ...n, childIds: ['c1'] } : n));
    expect(outline(buildRows(looped)).filter((line) => line.trim() === 'c1')).toHaveLength(2);
  });
});

describe('filterRows', () => {
  const rows = buildRows(fullAlignment());

  it.each<[string, string[]]>([
    ['billing', ['c2', '  t2', '    i1*', 'c1', '  t1', '    i1*']],
    ['  EU REGION ', ['c1', '  t1*', '    i2', '    i1']],
    ['onboarding', ['i3*']],
    ['nothing like this', []],
  ])('"%s" keeps matches, their ancestors and what is below them', (query, expected) => {
    expect(outline(filterRows(rows, query))).toEqual(expected);
  });

  it('keeps everything for an empty query', () => {
    expect(outline(filterRows(rows, ' '))).toEqual(outline(rows));
  });
});

describe('defaultOpenKeys', () => {
  it('opens the top level at first', () => {
    expect([...defaultOpenKeys(buildRows(fullAlignment()), '')]).toEqual(['c2', 'c1']);
  });

  it('opens the ancestors of every match while searching', () => {
    const rows = filterRows(buildRows(fullAlignment()), 'billing');
    expect([...defaultOpenKeys(rows, 'billing')].sort()).toEqual(['c1', 'c1/t1', 'c2', 'c2/t2']);
  });

  it('opens the chain down to the focused goal in focus mode', () => {
    const rows = buildRows(fullAlignment(), 't1');
    expect([...defaultOpenKeys(rows, '', 't1')].sort()).toEqual(['c1', 'c1/t1']);
  });
});

describe('branchKeys', () => {
  it('lists every row with children', () => {
    expect([...branchKeys(buildRows(fullAlignment()))].sort()).toEqual([
      'c1',
      'c1/t1',
      'c2',
      'c2/t2',
    ]);
  });
});

describe('unloadedCount', () => {
  const [c1] = fullAlignment().nodes;
  it.each<[number, string[], number]>([
    [2, ['t1'], 1],
    [1, ['t1'], 0],
    [0, [], 0],
    // A child written since the count was taken: never negative.
    [1, ['t1', 't9'], 0],
  ])('childCount %d with childIds %j leaves %d to load', (childCount, childIds, expected) => {
    expect(unloadedCount({ ...c1!, childCount, childIds })).toBe(expected);
  });
});

describe('mergeNodes', () => {
  const ids = (nodes: readonly AlignmentNode[]) =>
    nodes.map((n) => `${n.goal.id}:${n.childIds.join(',')}`);

  it('adds the subtree below a goal whose children were left out', () => {
    const merged = mergeNodes(partialAlignment().nodes, subtreeOfT1().nodes);
    expect(ids(merged)).toEqual(['c1:t1', 'c2:t2', 't1:i2,i1', 't2:', 'i3:', 'i1:', 'i2:']);
    expect(outline(buildRows(partialAlignment(), undefined, merged))).toEqual([
      'c2',
      '  t2',
      'c1',
      '  t1',
      '    i2',
      '    i1',
      'i3',
    ]);
  });

  it('keeps the version with more children, whichever came first', () => {
    const full = subtreeOfT1().nodes;
    const short = focusedAlignment().nodes;
    const t1 = (nodes: readonly AlignmentNode[]) => nodes.find((n) => n.goal.id === 't1');
    expect(t1(mergeNodes(full, short))).toBe(t1(full));
    expect(t1(mergeNodes(short, full))).toBe(t1(full));
  });

  it('never takes a loaded child away: an ancestor keeps the children of both answers', () => {
    const [c1] = fullAlignment().nodes;
    const merged = mergeNodes(
      [{ ...c1!, childIds: ['t1'], childCount: 3 }],
      [{ ...c1!, childIds: ['t7', 't8'], childCount: 3 }],
    );
    expect(ids(merged)).toEqual(['c1:t7,t8,t1']);
  });
});
