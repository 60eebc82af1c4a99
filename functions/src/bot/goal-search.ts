import type { Goal, GoalLevel } from '@northstar/shared';
import { canViewGoal } from '@northstar/shared';
import type { Caller } from '../features/access/caller.js';
import { callerCanView } from '../features/goals/goal-reads.js';
import type { SearchQuery } from './bot-command.js';
import type { BotTurn } from './bot-turn.js';

/** Words of the search text that count; more would only slow the match down. */
const MAX_WORDS = 8;
const LEVEL_RANK: Record<GoalLevel, number> = {
  company: 0,
  team: 1,
  individual: 2,
  development: 3,
};

/**
 * The page `query` asks for of the active goals the caller may see whose title contains every
 * word of the text (case-insensitive): the caller's own first, then by level and title. Matches
 * come from the tenant's goal snapshot (no store query per search); visibility is the API's rule.
 */
export async function searchVisibleGoals(turn: BotTurn, query: SearchQuery): Promise<Goal[]> {
  const { caller, deps } = turn;
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const snapshot = await deps.goals.snapshots.get(caller.tenantId);
  const matches = snapshot.goals
    .filter((g) => g.state === 'active')
    .map((goal) => ({ goal, title: goal.title.toLowerCase() }))
    .filter(({ title }) => words.every((word) => title.includes(word)))
    .sort((a, b) => rank(caller, a.goal) - rank(caller, b.goal) || compare(a.title, b.title));
  const wanted = query.skip + query.count;
  const found: Goal[] = [];
  for (const { goal } of matches) {
    if (found.length >= wanted) break;
    if (await mayView(caller, goal)) found.push(goal);
  }
  return found.slice(query.skip);
}

function rank(caller: Caller, goal: Goal): number {
  return (goal.ownerId === caller.person.id ? 0 : 10) + LEVEL_RANK[goal.level];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The API's visibility rule, with a shortcut: someone with no reports is in nobody's management
 * chain, so their answer needs no directory read.
 */
async function mayView(caller: Caller, goal: Goal): Promise<boolean> {
  if (canViewGoal(caller.viewer, goal, [])) return true;
  if (!caller.viewer.isManager) return false;
  return callerCanView(caller, goal);
}
