import type { GoalLevel, GoalStatus } from '../contracts/goal.js';

/** What a goal card shows: one goal as one viewer may see it, with the links it needs. */
export interface GoalCardData {
  id: string;
  title: string;
  level: GoalLevel;
  owner: { id: string; displayName: string };
  /** 0-1, rolled up as everywhere else. */
  progress: number;
  status: GoalStatus;
  /** 0-10, or null before the first check-in. */
  lastConfidence: number | null;
  dueDate: string;
  /** The company goal this one serves, through its alignment chain; null when none. */
  companyGoal: { id: string; title: string } | null;
  /** `{origin}/goals/{id}`: opens the goal in the tab, and what unfurls in a chat. */
  url: string;
  /** Metric unit for the check-in input; null for percent goals. */
  unit: string | null;
}

/** What the viewer may do on the card. */
export interface GoalCardActions {
  /** Only the owner (and their managers) check in. */
  canCheckIn: boolean;
  /** Company values to tie kudos to; kudos are offered when there is at least one. */
  companyValues: readonly string[];
}
