import type { GoalView, MeResponse } from '@northstar/shared';

/**
 * Whether to offer check-in, edit and archive: the owner and admins may; for goals other than
 * company goals so may the owner's managers. The client knows only direct reports, so any
 * manager is offered the actions and the API has the last word (its 403 is shown).
 */
export function mayChangeGoal(me: MeResponse, goal: Pick<GoalView, 'ownerId' | 'level'>): boolean {
  if (me.roles.includes('admin') || goal.ownerId === me.person.id) return true;
  return goal.level !== 'company' && me.roles.includes('manager');
}
