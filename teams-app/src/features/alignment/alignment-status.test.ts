import { fullAlignment } from './alignment-fixture';
import { buildRows, filterRows } from './alignment-rows';
import { statusLine } from './alignment-status';

const rows = (query: string) => filterRows(buildRows(fullAlignment()), query);

describe('statusLine', () => {
  it.each<[string, boolean, boolean, string]>([
    ['', false, false, ''],
    ['', false, true, ''],
    ['', true, false, ''],
    ['', true, true, 'Expanded the goals loaded so far; open a goal to load the goals below it.'],
    // "Ship billing v2" shows under two parents and counts once.
    [' billing ', false, false, '1 goal matches "billing".'],
    ['i', false, true, '6 goals match "i".'],
    ['zebra', false, false, 'No goal matches "zebra".'],
    [
      'billing',
      true,
      false,
      '1 goal matches "billing". Searching the goals loaded so far; open a goal to load the goals below it.',
    ],
  ])('for "%s" (partial %s, expanded all %s): %s', (query, partial, expandedAll, expected) => {
    expect(statusLine({ rows: rows(query), query, partial, expandedAll })).toBe(expected);
  });
});
