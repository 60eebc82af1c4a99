import type { AlignmentResponse } from '@northstar/shared';
import { fullAlignment, focusedAlignment } from './alignment-fixture';
import {
  allRows,
  branchKeys,
  buildRows,
  defaultOpenKeys,
  filterRows,
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
