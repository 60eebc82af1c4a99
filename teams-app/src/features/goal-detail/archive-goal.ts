import type { GoalView } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { conflictMessage } from './goal-changes';

/** How an archive attempt ended, short of an error to show. */
export type ArchiveResult =
  | { kind: 'archived' }
  /** Someone saved the goal first (412): here it is now, with what changed in words. */
  | { kind: 'changed'; latest: GoalView; message: string };

/**
 * Archives the version of the goal the person saw (If-Match its etag). When that version is
 * stale, reads the goal again and says what changed instead of archiving what they did not see.
 * Any other failure is thrown.
 */
export async function tryArchive(
  api: Pick<ApiClient, 'archiveGoal' | 'getGoal'>,
  goal: GoalView,
): Promise<ArchiveResult> {
  try {
    await api.archiveGoal(goal.id, goal.etag);
    return { kind: 'archived' };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 412) throw error;
  }
  const latest = await api.getGoal(goal.id);
  return { kind: 'changed', latest, message: conflictMessage(goal, latest) };
}
