import type { GoalLevel } from '../contracts/goal.js';
import { canReadEvidence } from './evidence-access.js';
import type { Viewer } from './visibility.js';

// Ann reports to Mia, who reports to Sam. Zed and Kim (a manager elsewhere) are unrelated.
const ownerChain = ['mia', 'sam'];
const viewer = (id: string, isAdmin = false): Viewer => ({ id, isAdmin, isManager: false });

describe('canReadEvidence', () => {
  it.each<[string, Viewer, boolean]>([
    ['the owner', viewer('ann'), true],
    ['the manager', viewer('mia'), true],
    ['the skip-level manager', viewer('sam'), true],
    ['an admin', viewer('hr', true), true],
    ['an unrelated colleague', viewer('zed'), false],
    ['a manager elsewhere', { id: 'kim', isAdmin: false, isManager: true }, false],
  ])('%s: %s', (_who, reader, expected) => {
    expect(canReadEvidence(reader, { ownerId: 'ann' }, ownerChain)).toBe(expected);
  });

  it.each<GoalLevel>(['company', 'team', 'individual', 'development'])(
    'keeps %s goal evidence from colleagues who may see the goal',
    (level) => {
      const goal = { ownerId: 'ann', level, visibility: 'public' as const };
      expect(canReadEvidence(viewer('zed'), goal, ownerChain)).toBe(false);
    },
  );

  it('goes by the chain it is given, not by titles', () => {
    expect(canReadEvidence(viewer('mia'), { ownerId: 'ann' }, ['sam'])).toBe(false);
    expect(canReadEvidence(viewer('kim'), { ownerId: 'ann' }, ['kim'])).toBe(true);
  });
});
