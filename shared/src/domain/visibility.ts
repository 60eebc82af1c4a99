import type { Goal, GoalLevel } from '../contracts/goal.js';

/** The person asking, with the roles the rules read. */
export interface Viewer {
  id: string;
  isAdmin: boolean;
  isManager: boolean;
}

/** The owner, or one of the owner's managers (`ownerChain`: direct manager up to the top). */
function ownsOrManages(viewer: Viewer, ownerId: string, ownerChain: readonly string[]): boolean {
  return viewer.id === ownerId || ownerChain.includes(viewer.id);
}

/**
 * Whether `viewer` may see `goal`. Company and team goals: everyone in the tenant. Individual and
 * development goals: the owner, anyone in `ownerChain` (the owner's managers up to the top),
 * admins, or anyone when the owner made the goal public.
 */
export function canViewGoal(
  viewer: Viewer,
  goal: Pick<Goal, 'level' | 'ownerId' | 'visibility'>,
  ownerChain: readonly string[],
): boolean {
  switch (goal.level) {
    case 'company':
    case 'team':
      return true;
    case 'individual':
    case 'development':
      return (
        goal.visibility === 'public' ||
        viewer.isAdmin ||
        ownsOrManages(viewer, goal.ownerId, ownerChain)
      );
  }
}

/**
 * Whether `viewer` may change or archive `goal`. Company goals: admins and the owner. Team,
 * individual and development goals: the owner, their management chain and admins. Visibility
 * never grants editing.
 */
export function canEditGoal(
  viewer: Viewer,
  goal: Pick<Goal, 'level' | 'ownerId'>,
  ownerChain: readonly string[],
): boolean {
  if (viewer.isAdmin) return true;
  switch (goal.level) {
    case 'company':
      return viewer.id === goal.ownerId;
    case 'team':
    case 'individual':
    case 'development':
      return ownsOrManages(viewer, goal.ownerId, ownerChain);
  }
}

/**
 * Whether `viewer` may create a goal of `level` owned by `ownerId`, whose management chain is
 * `ownerChain`. Company: admins only. Team: admins, and managers for themselves or for someone in
 * their reporting line. Individual and development: admins, the owner, and the owner's managers.
 */
export function canCreateGoal(
  viewer: Viewer,
  level: GoalLevel,
  ownerId: string,
  ownerChain: readonly string[],
): boolean {
  if (viewer.isAdmin) return true;
  switch (level) {
    case 'company':
      return false;
    case 'team':
      return viewer.isManager && ownsOrManages(viewer, ownerId, ownerChain);
    case 'individual':
    case 'development':
      return ownsOrManages(viewer, ownerId, ownerChain);
  }
}
