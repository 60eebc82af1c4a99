import fc from 'fast-check';
import { goalCard } from './goal-card.js';
import { privateGoalCard } from './private-goal-card.js';
import { ALL_ACTIONS, testCardData } from './test-card-data.js';

const appUrl = 'https://northstar.example.com/';

describe('privateGoalCard', () => {
  it.each(['1.5', '1.3'] as const)('version %s says only that the goal is private', (version) => {
    const card = privateGoalCard({ version, appUrl });
    expect(card.version).toBe(version);
    expect(card.refresh).toBeUndefined();
    expect(card.body.map((b) => ('text' in b ? b.text : null))).toEqual([
      'Private goal',
      'Only its owner, their managers and admins can see this goal.',
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open Northstar', url: appUrl },
    ]);
  });

  it('refuses an app URL that is not http(s)', () => {
    expect(() => privateGoalCard({ version: '1.5', appUrl: 'javascript:x' })).toThrow(RangeError);
  });

  it('holds none of the goal data that the goal card shows', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{8,20}$/);
    fc.assert(
      fc.property(word, word, word, word, (id, title, owner, companyGoal) => {
        const data = testCardData({
          id,
          title,
          owner: { id: owner, displayName: owner },
          companyGoal: { id: companyGoal, title: companyGoal },
          url: `https://northstar.example.com/goals/${id}`,
        });
        const shared = JSON.stringify(goalCard(data, ALL_ACTIONS, { version: '1.5' }));
        const hidden = JSON.stringify(privateGoalCard({ version: '1.5', appUrl }));
        for (const secret of [
          id,
          title,
          owner,
          companyGoal,
          data.url,
          '62%',
          '7/10',
          '30 Jun 2027',
        ]) {
          expect(shared).toContain(secret);
          expect(hidden).not.toContain(secret);
        }
      }),
    );
  });
});
