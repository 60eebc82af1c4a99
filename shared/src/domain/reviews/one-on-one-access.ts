import type { OneOnOneSeries, PrivateNote } from '../../contracts/one-on-one.js';

/**
 * Whether `viewerId` may see a 1:1 series and its meetings (agenda, shared notes, action items):
 * its two participants only. Not their managers, not admins: a 1:1 is a private conversation.
 */
export function canViewOneOnOne(
  viewerId: string,
  series: Pick<OneOnOneSeries, 'managerId' | 'reportId'>,
): boolean {
  return viewerId === series.managerId || viewerId === series.reportId;
}

/**
 * Whether `viewerId` may see a private note: its author only. Not the other participant, not
 * HR or an admin; no role widens this.
 */
export function canViewPrivateNote(viewerId: string, note: Pick<PrivateNote, 'authorId'>): boolean {
  return viewerId === note.authorId;
}
