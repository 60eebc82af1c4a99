import { canViewGoal } from '@northstar/shared';
import { z } from 'zod';
import type { TurnResult } from '../agents-adapter.js';
import { parseInvokeValue } from '../bot-activity.js';
import type { BotTurn } from '../bot-turn.js';
import { TurnCards } from '../goal-cards.js';
import { goalIdFromLink } from '../goal-link.js';
import { composeResult } from '../invoke-responses.js';

const LinkValueSchema = z.looseObject({ url: z.string().min(1).max(2048) });

/**
 * Link unfurling (`composeExtension/queryLink`): a goal link `{origin}/goals/{id}` becomes the
 * goal's card, version 1.3 (what Teams renders there), when everyone in the tenant may see the
 * goal. A private goal (even one the person pasting may see), a goal the viewer may not see and
 * a goal that does not exist all give the same private card, so a link never tells which. Any other
 * link on the app's domain unfurls to nothing.
 */
export async function unfurlGoalLink(turn: BotTurn, value: unknown): Promise<TurnResult> {
  const { url } = parseInvokeValue(LinkValueSchema, value);
  const goalId = goalIdFromLink(turn.origin, url);
  if (goalId === null) return composeResult([]);
  const cards = new TurnCards(turn);
  const goal = await cards.visibleGoal(goalId);
  // The unfurled card is made for the person pasting but shown to everyone in the chat, without
  // a refresh per viewer: only a goal everyone in the tenant may see unfurls in full.
  const shareable = goal !== null && canViewGoal(ANYONE_IN_TENANT, goal, []);
  return composeResult([await cards.attachment(shareable ? goal : null, '1.3')]);
}

/** A viewer with no role and no place in anyone's chain: sees only what the whole tenant sees. */
const ANYONE_IN_TENANT = { id: '', isAdmin: false, isManager: false };
