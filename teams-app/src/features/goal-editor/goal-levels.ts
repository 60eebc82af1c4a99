import type { GoalLevel, Role } from '@northstar/shared';

/** Each level's name and what it is for, as the level choice says it. */
export const LEVEL_TEXT: Record<GoalLevel, { name: string; meaning: string }> = {
  individual: { name: 'Individual', meaning: 'a result you own' },
  development: { name: 'Development', meaning: 'a skill or habit you grow' },
  team: { name: 'Team', meaning: 'a result your team owns together' },
  company: { name: 'Company', meaning: 'a result the whole organisation aims for' },
};

/** The levels a person may write: team goals for managers, company goals for admins. */
export function levelsFor(roles: readonly Role[]): GoalLevel[] {
  const admin = roles.includes('admin');
  return [
    'individual',
    'development',
    ...(admin || roles.includes('manager') ? (['team'] as const) : []),
    ...(admin ? (['company'] as const) : []),
  ];
}
