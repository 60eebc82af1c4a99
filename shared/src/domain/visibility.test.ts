import type { GoalLevel, Visibility } from '../contracts/goal.js';
import { canCreateGoal, canEditGoal, canViewGoal, type Viewer } from './visibility.js';

// Ann reports to Mia, who reports to Sam. Zed and Kim (a manager elsewhere) are unrelated.
const ownerId = 'ann';
const ownerChain = ['mia', 'sam'];
const viewers: Record<string, Viewer> = {
  owner: { id: 'ann', isAdmin: false, isManager: false },
  manager: { id: 'mia', isAdmin: false, isManager: true },
  skipLevel: { id: 'sam', isAdmin: false, isManager: true },
  unrelated: { id: 'zed', isAdmin: false, isManager: false },
  otherManager: { id: 'kim', isAdmin: false, isManager: true },
  admin: { id: 'hr', isAdmin: true, isManager: false },
};
const who = Object.keys(viewers);

/** One letter per viewer, in the order of `viewers`: Y allowed, n refused. */
function expand(rows: [GoalLevel, Visibility, string, string][]) {
  return rows.flatMap(([level, visibility, view, edit]) =>
    who.map((name, i) => [level, visibility, name, view[i] === 'Y', edit[i] === 'Y'] as const),
  );
}

describe('canViewGoal and canEditGoal', () => {
  //                                          owner manager skip unrelated otherManager admin
  it.each(
    expand([
      ['company', 'private', 'YYYYYY', 'YnnnnY'],
      ['company', 'public', 'YYYYYY', 'YnnnnY'],
      ['team', 'private', 'YYYYYY', 'YYYnnY'],
      ['team', 'public', 'YYYYYY', 'YYYnnY'],
      ['individual', 'private', 'YYYnnY', 'YYYnnY'],
      ['individual', 'public', 'YYYYYY', 'YYYnnY'],
      ['development', 'private', 'YYYnnY', 'YYYnnY'],
      ['development', 'public', 'YYYYYY', 'YYYnnY'],
    ]),
  )('%s %s goal, %s: view %s, edit %s', (level, visibility, name, view, edit) => {
    const viewer = viewers[name]!;
    const goal = { level, ownerId, visibility };
    expect(canViewGoal(viewer, goal, ownerChain)).toBe(view);
    expect(canEditGoal(viewer, goal, ownerChain)).toBe(edit);
  });

  it.each<[string, GoalLevel, string[], string, boolean]>([
    [
      'the chain decides, not the title: Kim manages Ann',
      'individual',
      ['kim'],
      'otherManager',
      true,
    ],
    ['Mia no longer in the chain', 'individual', ['sam'], 'manager', false],
    ['a top-level owner has no chain', 'team', [], 'skipLevel', false],
    ['managers never edit company goals', 'company', ['kim'], 'otherManager', false],
  ])('%s', (_name, level, chain, name, expected) => {
    const goal = { level, ownerId, visibility: 'private' as const };
    expect(canEditGoal(viewers[name]!, goal, chain)).toBe(expected);
    expect(canViewGoal(viewers[name]!, goal, chain)).toBe(expected || level !== 'individual');
  });
});

describe('canCreateGoal', () => {
  //                                owner manager skip unrelated otherManager admin
  it.each(
    (
      [
        ['company', 'nnnnnY'],
        ['team', 'nYYnnY'],
        ['individual', 'YYYnnY'],
        ['development', 'YYYnnY'],
      ] as [GoalLevel, string][]
    ).flatMap(([level, allowed]) =>
      who.map((name, i) => [level, name, allowed[i] === 'Y'] as const),
    ),
  )('a %s goal for Ann, by %s: %s', (level, name, expected) => {
    expect(canCreateGoal(viewers[name]!, level, ownerId, ownerChain)).toBe(expected);
  });

  it.each<[string, Viewer, GoalLevel, string, string[], boolean]>([
    [
      'a manager, a team goal for themself',
      { id: 'mia', isAdmin: false, isManager: true },
      'team',
      'mia',
      ['sam'],
      true,
    ],
    [
      'a non-manager, a team goal for themself',
      { id: 'ann', isAdmin: false, isManager: false },
      'team',
      'ann',
      ['mia'],
      false,
    ],
    [
      'a manager, a company goal for themself',
      { id: 'sam', isAdmin: false, isManager: true },
      'company',
      'sam',
      [],
      false,
    ],
    [
      'an admin, a company goal for someone else',
      { id: 'hr', isAdmin: true, isManager: false },
      'company',
      'sam',
      [],
      true,
    ],
    [
      'a report, an individual goal for their manager',
      { id: 'ann', isAdmin: false, isManager: false },
      'individual',
      'mia',
      ['sam'],
      false,
    ],
    [
      'a skip-level, a development goal',
      { id: 'sam', isAdmin: false, isManager: true },
      'development',
      'ann',
      ['mia', 'sam'],
      true,
    ],
  ])('%s', (_name, viewer, level, owner, chain, expected) => {
    expect(canCreateGoal(viewer, level, owner, chain)).toBe(expected);
  });
});
