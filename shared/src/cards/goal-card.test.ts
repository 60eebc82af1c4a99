import type { GoalStatus } from '../contracts/goal.js';
import type { CardAction } from './card-types.js';
import { goalCard, MAX_REFRESH_USER_IDS } from './goal-card.js';
import { CHECK_IN_INPUT_IDS, GOAL_CARD_VERBS, KUDOS_INPUT_IDS } from './goal-card-inputs.js';
import {
  ALL_ACTIONS,
  NO_ACTIONS,
  elementsOfType,
  testCardData,
  valuesAt,
} from './test-card-data.js';

const v15 = { version: '1.5' } as const;
const runs = (card: unknown) => elementsOfType(card, 'TextRun').map((r) => r.text);
const blocks = (card: unknown) => elementsOfType(card, 'TextBlock').map((b) => b.text);
const titles = (actions: CardAction[] | undefined) => (actions ?? []).map((a) => a.title);

describe('goalCard content', () => {
  const card = goalCard(testCardData(), ALL_ACTIONS, v15);

  it('shows the title, the level and owner, and the facts', () => {
    expect(runs(card)).toEqual(
      expect.arrayContaining(['Ship the mobile check-in', 'Individual goal · ', 'Ada Lovelace']),
    );
    expect(runs(card).join('|')).toContain(
      'Last confidence: |7/10|Due: |30 Jun 2027|Serves: |Delight our customers',
    );
  });

  it.each<[number, GoalStatus, string, number[]]>([
    [0.62, 'on_track', '62% · On track', [62, 38]],
    [0, 'stale', '0% · No recent check-in', [100]],
    [0.996, 'at_risk', '99% · At risk', [99, 1]],
    [1, 'done', '100% · Done', [100]],
    [1.7, 'done', '100% · Done', [100]],
    [Number.NaN, 'off_track', '0% · Off track', [100]],
  ])('progress %p (%s) reads %j with bar weights %j', (progress, status, text, weights) => {
    const built = goalCard(testCardData({ progress, status }), NO_ACTIONS, v15);
    expect(blocks(built)).toContain(text);
    expect(elementsOfType(built, 'Column').map((c) => c.width)).toEqual(weights);
  });

  it.each<[GoalStatus, string]>([
    ['on_track', 'good'],
    ['done', 'good'],
    ['at_risk', 'warning'],
    ['off_track', 'attention'],
    ['stale', 'warning'],
  ])('colours the done part of a %s bar %s', (status, style) => {
    const built = goalCard(testCardData({ progress: 0.5, status }), NO_ACTIONS, v15);
    expect(elementsOfType(built, 'Column').map((c) => c.style)).toEqual([style, 'emphasis']);
  });

  it('says when the goal was never checked in and leaves out a missing company goal', () => {
    const built = goalCard(
      testCardData({ lastConfidence: null, companyGoal: null }),
      NO_ACTIONS,
      v15,
    );
    expect(runs(built)).toContain('not yet checked in');
    expect(runs(built)).not.toContain('Serves: ');
  });
});

describe('goalCard actions (1.5)', () => {
  it.each([
    ['everything', ALL_ACTIONS, ['Open in Teams', 'Check in', 'Give kudos']],
    ['no check-in', { ...ALL_ACTIONS, canCheckIn: false }, ['Open in Teams', 'Give kudos']],
    ['no company values', { ...ALL_ACTIONS, companyValues: [] }, ['Open in Teams', 'Check in']],
    [
      'only over-long values',
      { canCheckIn: false, companyValues: ['x'.repeat(61)] },
      ['Open in Teams'],
    ],
  ])('offers %s', (_case, actions, expected) => {
    expect(titles(goalCard(testCardData(), actions, v15).actions)).toEqual(expected);
  });

  it('opens the goal URL and sends the verbs with the goal id and the documented inputs', () => {
    const card = goalCard(testCardData({ unit: 'km' }), ALL_ACTIONS, v15);
    expect(card.actions?.[0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Open in Teams',
      url: 'https://northstar.example.com/goals/goal-1',
    });
    const executes = elementsOfType(card, 'Action.Execute');
    expect(executes.map((e) => [e.verb, e.data])).toEqual([
      [GOAL_CARD_VERBS.refresh, { goalId: 'goal-1' }],
      [GOAL_CARD_VERBS.checkIn, { goalId: 'goal-1' }],
      [GOAL_CARD_VERBS.giveKudos, { goalId: 'goal-1' }],
    ]);
    expect(valuesAt(card, 'id')).toEqual([
      ...Object.values(CHECK_IN_INPUT_IDS),
      ...Object.values(KUDOS_INPUT_IDS),
    ]);
    expect(valuesAt(card, 'label')).toContain('Progress (km)');
  });

  it('limits a percent goal to 0-100 and confidence to 0-10', () => {
    const numbers = elementsOfType(goalCard(testCardData(), ALL_ACTIONS, v15), 'Input.Number');
    expect(numbers.map((n) => [n.label, n.min, n.max])).toEqual([
      ['Progress (%)', 0, 100],
      ['Confidence (0-10)', 0, 10],
    ]);
  });

  it('offers each company value once, at most 20', () => {
    const values = [...Array.from({ length: 30 }, (_, i) => `Value ${i}`), 'Value 0'];
    const card = goalCard(testCardData(), { canCheckIn: false, companyValues: values }, v15);
    const choices = valuesAt(card, 'choices')[0] as { value: string }[];
    expect(choices.map((c) => c.value)).toEqual(values.slice(0, 20));
  });
});

describe('goalCard refresh', () => {
  it.each([
    ['omitted without ids', undefined, undefined],
    ['omitted for an empty list', [], undefined],
    ['deduplicated, empty ids dropped', ['a', 'b', 'a', ''], ['a', 'b']],
    [
      'capped at 60',
      Array.from({ length: 75 }, (_, i) => `u${i}`),
      Array.from({ length: MAX_REFRESH_USER_IDS }, (_, i) => `u${i}`),
    ],
  ])('userIds %s', (_case, refreshUserIds, expected) => {
    const card = goalCard(testCardData(), NO_ACTIONS, { version: '1.5', refreshUserIds });
    expect(card.refresh?.action).toEqual({
      type: 'Action.Execute',
      verb: 'refreshGoal',
      data: { goalId: 'goal-1' },
    });
    expect(card.refresh?.userIds).toEqual(expected);
  });
});

describe('goalCard for link unfurling (1.3)', () => {
  it('has no refresh, no Action.Execute, no forms: only "Open in Teams" and a hint', () => {
    const card = goalCard(testCardData(), ALL_ACTIONS, { version: '1.3', refreshUserIds: ['a'] });
    expect(card.version).toBe('1.3');
    expect(card.refresh).toBeUndefined();
    expect(JSON.stringify(card)).not.toMatch(/Action\.(Execute|ShowCard|Submit)|Input\./);
    expect(titles(card.actions)).toEqual(['Open in Teams']);
    expect(blocks(card)).toContain('Open the goal to check in or give kudos.');
  });

  it('gives no hint when the viewer can do nothing on the card', () => {
    expect(blocks(goalCard(testCardData(), NO_ACTIONS, { version: '1.3' }))).toEqual([
      '62% · On track',
    ]);
  });
});

it.each(['javascript:alert(1)', '/goals/goal-1', 'data:text/html,x'])(
  'refuses the goal URL %j',
  (url) => {
    expect(() => goalCard(testCardData({ url }), NO_ACTIONS, v15)).toThrow(RangeError);
  },
);
