import type { GoalLevel } from '../contracts/goal.js';
import { formatDay } from '../domain/reviews/review-phase.js';
import { CARD_TEXT_LIMITS, fact, httpUrl, plainText, richText, run } from './card-text.js';
import {
  ADAPTIVE_CARD_SCHEMA,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type CardRefresh,
  type CardVersion,
} from './card-types.js';
import type { GoalCardActions, GoalCardData } from './goal-card-data.js';
import { checkInForm, kudosForm } from './goal-card-forms.js';
import { GOAL_CARD_VERBS } from './goal-card-inputs.js';
import { progressBar } from './progress-bar.js';

/** Teams refreshes a card automatically for at most this many users. */
export const MAX_REFRESH_USER_IDS = 60;

/** How a goal card is built. */
export interface GoalCardOptions {
  /** `1.5` (search results, shared cards) or `1.3` (link unfurling). */
  version: CardVersion;
  /** Who gets the 1.5 card refreshed automatically; ignored for 1.3. */
  refreshUserIds?: readonly string[];
}

const LEVEL_WORDS: Record<GoalLevel, string> = {
  company: 'Company goal',
  team: 'Team goal',
  individual: 'Individual goal',
  development: 'Development goal',
};

function header(goal: GoalCardData): CardElement[] {
  return [
    richText([
      run(plainText(goal.title, CARD_TEXT_LIMITS.title), { size: 'large', weight: 'bolder' }),
    ]),
    richText(
      [
        run(`${LEVEL_WORDS[goal.level]} · `),
        run(plainText(goal.owner.displayName, CARD_TEXT_LIMITS.name)),
      ],
      'none',
    ),
  ];
}

function facts(goal: GoalCardData): CardElement[] {
  const confidence =
    goal.lastConfidence === null ? 'not yet checked in' : `${goal.lastConfidence}/10`;
  return [
    fact('Last confidence', confidence),
    fact('Due', formatDay(goal.dueDate)),
    ...(goal.companyGoal
      ? [fact('Serves', plainText(goal.companyGoal.title, CARD_TEXT_LIMITS.title))]
      : []),
  ];
}

/**
 * The refresh that keeps a shared card current: Teams invokes `refreshGoal` for each listed
 * viewer (deduplicated, empty ids dropped, the first {@link MAX_REFRESH_USER_IDS}); without
 * ids, viewers refresh by hand.
 */
function refreshFor(goalId: string, userIds: readonly string[] = []): CardRefresh {
  const action = {
    type: 'Action.Execute',
    verb: GOAL_CARD_VERBS.refresh,
    data: { goalId },
  } as const;
  const ids = [...new Set(userIds)].filter((id) => id !== '').slice(0, MAX_REFRESH_USER_IDS);
  return ids.length > 0 ? { action, userIds: ids } : { action };
}

/**
 * A goal as an Adaptive Card: title, level and owner, a progress bar with its words
 * (`62% · On track`), last confidence, due date and the company goal it serves, and
 * "Open in Teams". User text sits only in `TextRun`s, neutralised by {@link plainText}.
 *
 * Version `1.5` adds Universal Actions: "Check in" (when `canCheckIn`) and "Give kudos" (when
 * there are company values) as forms whose buttons send `checkIn` / `giveKudos`, and a `refresh`
 * (`refreshGoal`). Version `1.3`, for link unfurling, has only "Open in Teams" and says that the
 * goal is where to check in: without `Action.Execute` (1.4) a 1.3 card could only `Action.Submit`,
 * which Teams posts as a plain message that cannot update the card, and unfurled cards are cached
 * for 30 minutes anyway.
 * @throws RangeError when `data.url` is not an absolute http(s) URL.
 */
export function goalCard(
  data: GoalCardData,
  actions: GoalCardActions,
  options: GoalCardOptions,
): AdaptiveCard {
  const open: CardAction = {
    type: 'Action.OpenUrl',
    title: 'Open in Teams',
    url: httpUrl(data.url, 'url'),
  };
  const body = [...header(data), ...progressBar(data.progress, data.status), ...facts(data)];
  const card = { type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, body } as const;
  const kudos = kudosForm(data, actions.companyValues);
  if (options.version === '1.3') {
    const canAct = actions.canCheckIn || kudos !== null;
    const hint = 'Open the goal to check in or give kudos.';
    const extra: CardElement[] = canAct
      ? [{ type: 'TextBlock', text: hint, wrap: true, isSubtle: true }]
      : [];
    return { ...card, version: '1.3', body: [...body, ...extra], actions: [open] };
  }
  return {
    ...card,
    version: '1.5',
    refresh: refreshFor(data.id, options.refreshUserIds),
    actions: [open, ...(actions.canCheckIn ? [checkInForm(data)] : []), ...(kudos ? [kudos] : [])],
  };
}
