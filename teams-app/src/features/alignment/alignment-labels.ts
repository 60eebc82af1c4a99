import type { GoalLevel, HealthFlagCode } from '@northstar/shared';

/** Each goal level in words. */
export const LEVEL_LABELS: Record<GoalLevel, string> = {
  company: 'Company',
  team: 'Team',
  individual: 'Individual',
  development: 'Development',
};

/** A short name for each health flag; the flag's own message says the rest. */
export const FLAG_LABELS: Record<HealthFlagCode, string> = {
  orphan: 'Not aligned',
  stale: 'No recent check-in',
  parent_inactive: 'Parent inactive',
  due_after_parent: 'Due after parent',
  owner_overloaded: 'Owner overloaded',
};
