import { elementsOfType } from './test-card-data.js';
import { kudosCard } from './kudos-card.js';
import { outcomeCard } from './outcome-card.js';

const runs = (card: unknown) => elementsOfType(card, 'TextRun').map((r) => r.text);

describe('kudosCard', () => {
  const base = {
    giver: { displayName: 'Grace Hopper' },
    receiver: { displayName: 'Ada Lovelace' },
    value: 'Be bold',
    message: 'Thanks for the demo!\n\nIt was great',
  };

  it('says who praised whom, for which value, and keeps the message paragraphs', () => {
    const card = kudosCard(base);
    expect(runs(card)).toEqual([
      'Grace Hopper',
      ' gave kudos to ',
      'Ada Lovelace',
      'Company value: ',
      'Be bold',
      'Thanks for the demo!\n\nIt was great',
    ]);
    expect(card.actions).toBeUndefined();
  });

  it('names the goal and links to it when there is one', () => {
    const goal = { title: 'Ship it', url: 'https://northstar.example.com/goals/g-1' };
    const card = kudosCard({ ...base, goal });
    expect(runs(card).slice(-2)).toEqual(['Goal: ', 'Ship it']);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open goal', url: goal.url }]);
  });

  it('refuses a goal link that is not http(s)', () => {
    expect(() => kudosCard({ ...base, goal: { title: 'x', url: 'javascript:x' } })).toThrow(
      RangeError,
    );
  });

  it('cuts a long message at 2000 characters', () => {
    const card = kudosCard({ ...base, message: 'a'.repeat(2500) });
    expect(runs(card)).toContain(`${'a'.repeat(1999)}…`);
  });
});

describe('outcomeCard', () => {
  it.each([
    ['success', 'Checked in', '✓ ', 'good'],
    ['error', 'You may not check in on this goal', '⚠ ', 'attention'],
  ] as const)('%s: a mark and the message, in the %s colour', (intent, message, mark, color) => {
    const card = outcomeCard(message, intent);
    expect(elementsOfType(card, 'TextRun')).toEqual([
      { type: 'TextRun', text: mark, weight: 'bolder', color: color },
      { type: 'TextRun', text: message, color: color },
    ]);
    expect(card.actions).toBeUndefined();
  });
});
