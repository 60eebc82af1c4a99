import { CARD_TEXT_LIMITS, fact, httpUrl, plainText, richText, run } from './card-text.js';
import { ADAPTIVE_CARD_SCHEMA, type AdaptiveCard, type CardElement } from './card-types.js';

/** What a kudos card shows. */
export interface KudosCardInput {
  giver: { displayName: string };
  receiver: { displayName: string };
  /** The company value the kudos is tied to. */
  value: string;
  message: string;
  /** The goal the kudos was given on, when there is one the card may show. */
  goal?: { title: string; url: string };
}

/**
 * A kudos as an Adaptive Card 1.5 (nothing in it is newer than 1.2): who praised whom, for which
 * company value, the message, and the goal it was given on with a link to it. User text sits
 * only in `TextRun`s, neutralised by {@link plainText}.
 * @throws RangeError when `goal.url` is not an absolute http(s) URL.
 */
export function kudosCard(input: KudosCardInput): AdaptiveCard {
  const name = (person: { displayName: string }) =>
    plainText(person.displayName, CARD_TEXT_LIMITS.name);
  const goal: CardElement[] = input.goal
    ? [fact('Goal', plainText(input.goal.title, CARD_TEXT_LIMITS.title))]
    : [];
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: 'Kudos',
        size: 'medium',
        weight: 'bolder',
        color: 'accent',
        wrap: true,
      },
      richText([
        run(name(input.giver), { weight: 'bolder' }),
        run(' gave kudos to '),
        run(name(input.receiver), { weight: 'bolder' }),
      ]),
      fact('Company value', plainText(input.value, CARD_TEXT_LIMITS.companyValue)),
      richText([run(plainText(input.message, CARD_TEXT_LIMITS.note, true))], 'medium'),
      ...goal,
    ],
    ...(input.goal
      ? {
          actions: [
            {
              type: 'Action.OpenUrl',
              title: 'Open goal',
              url: httpUrl(input.goal.url, 'goal.url'),
            },
          ],
        }
      : {}),
  };
}
