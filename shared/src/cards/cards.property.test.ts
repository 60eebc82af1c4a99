import fc from 'fast-check';
import type { AdaptiveCard } from './card-types.js';
import { goalCard } from './goal-card.js';
import { kudosCard } from './kudos-card.js';
import { outcomeCard } from './outcome-card.js';
import { elementsOfType, hasLinkSyntax, testCardData, valuesAt } from './test-card-data.js';

const piece = fc.constantFrom(
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  ':',
  '//',
  '.',
  '@',
  'www',
  'https',
  'x',
  ' ',
  '\n',
  '*',
  '_',
  '"',
  '\\',
);
/** Any text at all, or text built from the pieces of links, markup and JSON escapes. */
const userText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')),
);

/** Everything a person reads on the card: texts, labels, titles and placeholders. */
function shownTexts(card: AdaptiveCard): unknown[] {
  return ['text', 'label', 'title', 'placeholder', 'errorMessage'].flatMap((key) =>
    valuesAt(card, key),
  );
}

/** The markdown-processed texts: those of TextBlocks. */
const markdownTexts = (card: AdaptiveCard) => elementsOfType(card, 'TextBlock').map((b) => b.text);

function cardsWith(text: string, other: string): AdaptiveCard[] {
  const data = testCardData({
    title: text,
    owner: { id: 'ada', displayName: other },
    companyGoal: { id: 'c', title: other },
    unit: text,
  });
  const actions = { canCheckIn: true, companyValues: [text, other, 'Be bold'] };
  const person = { displayName: text };
  return [
    goalCard(data, actions, { version: '1.5', refreshUserIds: [other] }),
    goalCard(data, actions, { version: '1.3' }),
    kudosCard({ giver: person, receiver: { displayName: other }, value: other, message: text }),
    outcomeCard(text, 'error'),
  ];
}

describe('whatever people type', () => {
  it('never shows link syntax anywhere on any card', () => {
    fc.assert(
      fc.property(userText, userText, (text, other) => {
        for (const card of cardsWith(text, other)) {
          expect(shownTexts(card).filter((t) => typeof t !== 'string' || hasLinkSyntax(t))).toEqual(
            [],
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never reaches a markdown-processed TextBlock', () => {
    const plain = cardsWith('Plain', 'Plain').map(markdownTexts);
    fc.assert(
      fc.property(userText, userText, (text, other) => {
        expect(cardsWith(text, other).map(markdownTexts)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('always gives JSON that reads back as the same card', () => {
    fc.assert(
      fc.property(userText, userText, (text, other) => {
        for (const card of cardsWith(text, other)) {
          expect(JSON.parse(JSON.stringify(card))).toEqual(card);
        }
      }),
      { numRuns: 300 },
    );
  });
});
