import type { Caller } from '../features/access/caller.js';
import type { EvidenceDeps } from '../features/evidence/evidence-deps.js';
import type { GoalDeps } from '../features/goals/goal-deps.js';
import type { KudosDeps } from '../features/kudos/kudos-deps.js';
import type { BotActivity } from './bot-activity.js';

/** The services the bot's commands call: the same ones the API routes use. */
export interface BotDeps {
  goals: GoalDeps;
  kudos: KudosDeps;
  evidence: EvidenceDeps;
}

/** One invoke being answered: who sent it, what they sent, and where goal links point. */
export interface BotTurn {
  activity: BotActivity;
  caller: Caller;
  deps: BotDeps;
  /** Origin of goal links, `{origin}/goals/{id}`. */
  origin: string;
}
