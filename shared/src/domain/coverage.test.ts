import type { Coverage } from '../contracts/alignment.js';
import type { Goal } from '../contracts/goal.js';
import { alignmentCoverage } from './coverage.js';
import { linksTo, testGoal } from './test-goal.js';

const company = (id: string, state: Goal['state'] = 'active') =>
  testGoal({ id, level: 'company', state });
const team = (id: string, parents: string[], state: Goal['state'] = 'active') =>
  testGoal({ id, level: 'team', parentIds: linksTo(...parents), state });
const person = (id: string, parents: string[], state: Goal['state'] = 'active') =>
  testGoal({ id, level: 'individual', parentIds: linksTo(...parents), state });

describe('alignmentCoverage', () => {
  it.each<[string, Goal[], Coverage]>([
    ['no goals', [], { aligned: 0, total: 0, ratio: 0 }],
    [
      'only company and team goals',
      [company('co'), team('t', ['co'])],
      { aligned: 0, total: 0, ratio: 0 },
    ],
    [
      'through a team goal',
      [company('co'), team('t', ['co']), person('a', ['t'])],
      { aligned: 1, total: 1, ratio: 1 },
    ],
    [
      'straight to the company goal',
      [company('co'), person('a', ['co'])],
      { aligned: 1, total: 1, ratio: 1 },
    ],
    ['an orphan', [company('co'), person('a', [])], { aligned: 0, total: 1, ratio: 0 }],
    [
      'a team goal that reaches nothing',
      [company('co'), team('t', []), person('a', ['t'])],
      { aligned: 0, total: 1, ratio: 0 },
    ],
    [
      'an archived team goal breaks the chain',
      [company('co'), team('t', ['co'], 'archived'), person('a', ['t'])],
      { aligned: 0, total: 1, ratio: 0 },
    ],
    [
      'an archived company goal does not count',
      [company('co', 'archived'), team('t', ['co']), person('a', ['t'])],
      { aligned: 0, total: 1, ratio: 0 },
    ],
    [
      'archived individual goals are not counted',
      [company('co'), person('a', ['co']), person('x', [], 'archived')],
      { aligned: 1, total: 1, ratio: 1 },
    ],
    [
      'a missing parent',
      [company('co'), person('a', ['gone'])],
      { aligned: 0, total: 1, ratio: 0 },
    ],
    [
      'any path will do',
      [company('co'), team('dead', []), team('t', ['co']), person('a', ['dead', 't'])],
      { aligned: 1, total: 1, ratio: 1 },
    ],
    [
      'through another individual goal',
      [company('co'), person('lead', ['co']), person('a', ['lead'])],
      { aligned: 2, total: 2, ratio: 1 },
    ],
    [
      'development goals are not counted',
      [company('co'), testGoal({ id: 'd', level: 'development' })],
      { aligned: 0, total: 0, ratio: 0 },
    ],
    [
      'a cycle that reaches the top through one member',
      [company('co'), team('a', ['b', 'co']), team('b', ['a']), person('p', ['b'])],
      { aligned: 1, total: 1, ratio: 1 },
    ],
    [
      'a cycle that reaches nothing',
      [team('a', ['b']), team('b', ['a']), person('p', ['b'])],
      { aligned: 0, total: 1, ratio: 0 },
    ],
    [
      'three of four',
      [
        company('co'),
        team('t', ['co']),
        person('a', ['t']),
        person('b', ['t']),
        person('c', ['co']),
        person('d', []),
      ],
      { aligned: 3, total: 4, ratio: 0.75 },
    ],
  ])('%s', (_name, goals, expected) => {
    expect(alignmentCoverage(goals)).toEqual(expected);
  });

  it('covers a 10,000-goal tree', () => {
    const teams = Array.from({ length: 99 }, (_, i) => team(`t${i}`, ['co']));
    const people = Array.from({ length: 9_900 }, (_, i) =>
      person(`p${i}`, i % 10 === 0 ? [] : [`t${i % 99}`]),
    );
    expect(alignmentCoverage([company('co'), ...teams, ...people])).toEqual({
      aligned: 8_910,
      total: 9_900,
      ratio: 0.9,
    });
  });
});
