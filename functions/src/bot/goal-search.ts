import type { Goal, GoalLevel } from '@northstar/shared';
import { canViewGoal } from '@northstar/shared';
import type { Caller } from '../features/access/caller.js';
import type { GoalSnapshot } from '../features/goals/goal-snapshots.js';
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
 * come from the tenant's goal snapshot (no store query per search), whose active goals are kept
 * in title order once per version of the snapshot; one pass sorts the matches into the eight
 * ranks, and visibility (the API's rule) is checked only until the page is full.
 */
export async function searchVisibleGoals(turn: BotTurn, query: SearchQuery): Promise<Goal[]> {
  const { caller, deps } = turn;
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const { snapshots } = deps.goals;
  const snapshot = await snapshots.get(caller.tenantId);
  const byTitle = snapshots.view(snapshot, 'active goals by title', activeByTitle);
  const ranks: Goal[][] = Array.from({ length: 8 }, () => []);
  for (const { goal, title } of byTitle) {
    if (words.every((word) => title.includes(word))) ranks[rank(caller, goal)]?.push(goal);
  }
  const wanted = query.skip + query.count;
  const found: Goal[] = [];
  for (const goal of ranks.flat()) {
    if (found.length >= wanted) break;
    if (await mayView(caller, goal)) found.push(goal);
  }
  return found.slice(query.skip);
}

/** The active goals with their lower-case titles, in title order. */
function activeByTitle(snapshot: GoalSnapshot): { goal: Goal; title: string }[] {
  return snapshot.goals
    .filter((g) => g.state === 'active')
    .map((goal) => ({ goal, title: goal.title.toLowerCase() }))
    .sort((a, b) => compare(a.title, b.title));
}

/** 0-3 for the caller's own goals by level, 4-7 for everyone else's. */
function rank(caller: Caller, goal: Goal): number {
  return (goal.ownerId === caller.person.id ? 0 : 4) + LEVEL_RANK[goal.level];
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
