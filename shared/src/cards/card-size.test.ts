import { CARD_TEXT_LIMITS } from './card-text.js';
import type { AdaptiveCard } from './card-types.js';
import { goalCard, MAX_REFRESH_USER_IDS } from './goal-card.js';
import { MAX_KUDOS_CHOICES } from './goal-card-forms.js';
import { kudosCard } from './kudos-card.js';
import {
  MAX_EVIDENCE_GOAL_CHOICES,
  kudosToAuthorDialog,
  saveEvidenceDialog,
  type DialogCard,
} from './message-action-cards.js';
import { outcomeCard } from './outcome-card.js';
import { privateGoalCard } from './private-goal-card.js';
import { testCardData } from './test-card-data.js';

/** Teams refuses message extension result cards over 28 KB. */
const BUDGET_BYTES = 28 * 1000;
const bytes = (card: AdaptiveCard | DialogCard) =>
  new TextEncoder().encode(JSON.stringify(card)).length;

/**
 * The costliest characters: `]` and `.` each gain a 3-byte zero-width space, an emoji is 4 bytes
 * in one code point, `"` doubles when escaped; and text far over every limit.
 */
const alphabets: [string, string][] = [
  ['brackets', ']'],
  ['dots', '.'],
  ['emoji', '😀'],
  ['quotes', '"'],
];
const fill = (unit: string, length: number) => unit.repeat(length);
const id64 = 'i'.repeat(64);
const url = `https://${'d'.repeat(60)}.example.com/goals/${id64}`;

function largestGoalCard(unit: string, version: '1.5' | '1.3'): AdaptiveCard {
  const long = fill(unit, 10_000);
  return goalCard(
    testCardData({
      id: id64,
      title: long,
      owner: { id: id64, displayName: long },
      companyGoal: { id: id64, title: long },
      unit: long,
      url,
    }),
    {
      canCheckIn: true,
      companyValues: Array.from({ length: MAX_KUDOS_CHOICES }, (_, i) =>
        Array.from(`${i}${fill(unit, CARD_TEXT_LIMITS.companyValue)}`)
          .slice(0, CARD_TEXT_LIMITS.companyValue)
          .join(''),
      ),
    },
    {
      version,
      refreshUserIds: Array.from({ length: MAX_REFRESH_USER_IDS }, (_, i) =>
        `${i}`.padEnd(64, 'u'),
      ),
    },
  );
}

function largestKudosCard(unit: string): AdaptiveCard {
  const long = fill(unit, 10_000);
  const person = { displayName: long };
  return kudosCard({
    giver: person,
    receiver: person,
    value: long,
    message: long,
    goal: { title: long, url },
  });
}

/** The message actions' dialogs with every text, value and goal title at or over its limit. */
function largestDialogs(unit: string): DialogCard[] {
  const long = fill(unit, 10_000);
  const message = { authorName: long, text: long };
  const values = Array.from({ length: MAX_KUDOS_CHOICES }, (_, i) =>
    Array.from(`${i}${fill(unit, CARD_TEXT_LIMITS.companyValue)}`)
      .slice(0, CARD_TEXT_LIMITS.companyValue)
      .join(''),
  );
  const goals = Array.from({ length: MAX_EVIDENCE_GOAL_CHOICES + 5 }, (_, i) => ({
    id: `${i}`.padEnd(64, 'g'),
    title: long,
  }));
  const kudos = kudosToAuthorDialog({
    author: { displayName: long },
    companyValues: values,
    message,
  });
  if (kudos === null) throw new Error('The kudos dialog offers the values it is given.');
  return [kudos, saveEvidenceDialog({ message, goals, appUrl: url })];
}

describe.each(alphabets)('with maximal text made of %s', (_name, unit) => {
  it('the message-action dialogs stay under 28 KB', () => {
    for (const card of largestDialogs(unit)) expect(bytes(card)).toBeLessThan(BUDGET_BYTES);
  });

  it.each<[string, () => AdaptiveCard]>([
    ['goal card 1.5', () => largestGoalCard(unit, '1.5')],
    ['goal card 1.3', () => largestGoalCard(unit, '1.3')],
    ['kudos card', () => largestKudosCard(unit)],
    ['outcome card', () => outcomeCard(fill(unit, 10_000), 'error')],
    ['private goal card', () => privateGoalCard({ version: '1.5', appUrl: url })],
  ])('the %s stays under 28 KB', (_card, build) => {
    expect(bytes(build())).toBeLessThan(BUDGET_BYTES);
  });
});

it('the limits really are reached: a maximal goal card is far bigger than a typical one', () => {
  expect(bytes(largestGoalCard('😀', '1.5'))).toBeGreaterThan(
    4 *
      bytes(
        goalCard(
          testCardData(),
          { canCheckIn: true, companyValues: ['Be bold'] },
          { version: '1.5' },
        ),
      ),
  );
});
