import type { Goal } from '../contracts/goal.js';
import type { Viewer } from './visibility.js';

/**
 * Whether `viewer` may read the evidence kept on `goal` (chat messages saved from Teams): the
 * goal's owner, anyone in `ownerChain` (the owner's managers up to the top) and admins. Evidence
 * is chat text, so the goal's own visibility never widens this: a public or team goal's evidence
 * is still not for the whole tenant.
 */
export function canReadEvidence(
  viewer: Viewer,
  goal: Pick<Goal, 'ownerId'>,
  ownerChain: readonly string[],
): boolean {
  return viewer.isAdmin || viewer.id === goal.ownerId || ownerChain.includes(viewer.id);
}
