import type * as AdaptiveCardsLibrary from 'adaptivecards';
import fc from 'fast-check';
import type { AdaptiveCard, CardVersion } from './card-types.js';
import { goalCard } from './goal-card.js';
import { kudosCard } from './kudos-card.js';
import {
  kudosToAuthorDialog,
  saveEvidenceDialog,
  type DialogCard,
} from './message-action-cards.js';
import { outcomeCard } from './outcome-card.js';
import { privateGoalCard } from './private-goal-card.js';
import { ALL_ACTIONS, NO_ACTIONS, testCardData } from './test-card-data.js';

// The package's `main` is untranspiled ESM that jest cannot load; its UMD bundle is the same
// library (both are built from the same sources in adaptivecards@3.0.6).
const AdaptiveCards = jest.requireActual<typeof AdaptiveCardsLibrary>(
  'adaptivecards/dist/adaptivecards.js',
);

/** Every parse and validation event the library reports for `card` read as `target`. */
function cardProblems(card: unknown, target: CardVersion): string[] {
  const version = target === '1.3' ? AdaptiveCards.Versions.v1_3 : AdaptiveCards.Versions.v1_5;
  const context = new AdaptiveCards.SerializationContext(version);
  const parsed = new AdaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i));
  const validation = parsed.validateProperties().validationEvents;
  return [...parseEvents, ...validation].map((event) => event.message);
}

const appUrl = 'https://northstar.example.com/';
const cards: [string, AdaptiveCard | DialogCard, CardVersion][] = [
  ['goal card 1.5, every action', goalCard(testCardData(), ALL_ACTIONS, { version: '1.5' }), '1.5'],
  [
    'goal card 1.5, refresh for 60 users, metric unit',
    goalCard(testCardData({ unit: 'km' }), ALL_ACTIONS, {
      version: '1.5',
      refreshUserIds: Array.from({ length: 60 }, (_, i) => `user-${i}`),
    }),
    '1.5',
  ],
  ['goal card 1.5, no action', goalCard(testCardData(), NO_ACTIONS, { version: '1.5' }), '1.5'],
  [
    'goal card 1.5 at 0%',
    goalCard(testCardData({ progress: 0 }), NO_ACTIONS, { version: '1.5' }),
    '1.5',
  ],
  [
    'goal card 1.5 done, never checked in, no company goal',
    goalCard(
      testCardData({ progress: 1, status: 'done', lastConfidence: null, companyGoal: null }),
      ALL_ACTIONS,
      { version: '1.5' },
    ),
    '1.5',
  ],
  ['goal card 1.3, every action', goalCard(testCardData(), ALL_ACTIONS, { version: '1.3' }), '1.3'],
  ['goal card 1.3, no action', goalCard(testCardData(), NO_ACTIONS, { version: '1.3' }), '1.3'],
  ['private goal card 1.5', privateGoalCard({ version: '1.5', appUrl }), '1.5'],
  ['private goal card 1.3', privateGoalCard({ version: '1.3', appUrl }), '1.3'],
  [
    'kudos card with goal',
    kudosCard({
      giver: { displayName: 'Grace Hopper' },
      receiver: { displayName: 'Ada Lovelace' },
      value: 'Be bold',
      message: 'Thanks for the demo!\n\nIt was great.',
      goal: { title: 'Ship the mobile check-in', url: `${appUrl}goals/goal-1` },
    }),
    '1.5',
  ],
  [
    'kudos card without goal',
    kudosCard({
      giver: { displayName: 'Grace Hopper' },
      receiver: { displayName: 'Ada Lovelace' },
      value: 'Own it',
      message: 'Thanks',
    }),
    '1.5',
  ],
  ['success outcome', outcomeCard('Checked in', 'success'), '1.5'],
  ...messageActionDialogs(),
  ['error outcome', outcomeCard('You may not check in on this goal', 'error'), '1.5'],
];

/** The message actions' dialogs (`task.value.card` of a fetchTask answer). */
function messageActionDialogs(): [string, DialogCard, CardVersion][] {
  const message = { authorName: 'Grace Hopper', text: 'Shipped the <b>release</b> today.' };
  const author = { displayName: 'Ada' };
  const kudos = kudosToAuthorDialog({ author, companyValues: ['Be bold', 'Own it'], message });
  if (kudos === null) throw new Error('The kudos dialog offers the values it is given.');
  const goals = [{ id: 'g-1', title: 'Ship it' }];
  return [
    ['kudos-to-author dialog', kudos, '1.5'],
    ['evidence dialog', saveEvidenceDialog({ message, goals, appUrl }), '1.5'],
    [
      'evidence dialog without goals',
      saveEvidenceDialog({ message: { ...message, text: '' }, goals: [], appUrl }),
      '1.5',
    ],
  ];
}

describe('every card parses in the adaptivecards library without errors or warnings', () => {
  it.each(cards)('%s', (_name, card, target) => {
    expect(cardProblems(card, target)).toEqual([]);
  });

  it.each(cards.filter(([, card]) => !JSON.stringify(card).includes('Action.Execute')))(
    '%s uses nothing newer than 1.3',
    (_name, card) => {
      expect(cardProblems({ ...card, version: '1.3' }, '1.3')).toEqual([]);
    },
  );
});

describe('the checker itself', () => {
  it('reports a 1.5 goal card read as 1.3 (refresh and Action.Execute are 1.4)', () => {
    const card = goalCard(testCardData(), ALL_ACTIONS, { version: '1.5' });
    expect(cardProblems({ ...card, version: '1.3' }, '1.3').join('\n')).toMatch(
      /refresh[\s\S]*Action\.Execute/,
    );
  });

  it('reports unlabelled required inputs and bad enum values', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', size: 'huge' },
        { type: 'Input.Number', id: 'n', isRequired: true },
      ],
    };
    expect(cardProblems(broken, '1.5')).toHaveLength(3);
  });
});

describe('any user text still gives a valid card', () => {
  it('holds for goal, kudos, outcome and dialog cards', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string(), (text, other) => {
        const data = testCardData({
          title: text,
          owner: { id: 'o', displayName: other },
          unit: other,
        });
        const actions = { canCheckIn: true, companyValues: [text, other] };
        const person = { displayName: text };
        const quoted = { authorName: other, text };
        const built = [
          goalCard(data, actions, { version: '1.5', refreshUserIds: [other] }),
          kudosCard({ giver: person, receiver: person, value: other, message: text }),
          outcomeCard(text, 'error'),
          kudosToAuthorDialog({ author: person, companyValues: [other, 'x'], message: quoted }),
          saveEvidenceDialog({ message: quoted, goals: [{ id: 'g', title: text }], appUrl }),
        ];
        for (const card of built) expect(cardProblems(card, '1.5')).toEqual([]);
        expect(cardProblems(goalCard(data, actions, { version: '1.3' }), '1.3')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
