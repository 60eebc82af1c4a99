import type { GoalView } from '@northstar/shared';
import { ApiError } from '../../api/api-error';
import { testGoalView } from '../check-in/test-goal-view';
import { tryArchive } from './archive-goal';

const goal = testGoalView({ id: 'g-1' });

function fakeApi(archive: () => Promise<GoalView>, latest: GoalView = goal) {
  const calls: string[] = [];
  const api = {
    archiveGoal: (id: string, etag: string) => {
      calls.push(`archive ${id} ${etag}`);
      return archive();
    },
    getGoal: (id: string) => {
      calls.push(`get ${id}`);
      return Promise.resolve(latest);
    },
  };
  return { api, calls };
}

describe('tryArchive', () => {
  it('archives the version that was seen', async () => {
    const { api, calls } = fakeApi(() => Promise.resolve({ ...goal, state: 'archived' }));
    await expect(tryArchive(api, goal)).resolves.toEqual({ kind: 'archived' });
    expect(calls).toEqual(['archive g-1 etag-1']);
  });

  it('reads the goal again and says what changed on 412', async () => {
    const latest = { ...goal, title: 'Renamed', etag: 'etag-2' };
    const stale = new ApiError(412, { code: 'precondition_failed' });
    const { api, calls } = fakeApi(() => Promise.reject(stale), latest);
    await expect(tryArchive(api, goal)).resolves.toEqual({
      kind: 'changed',
      latest,
      message: expect.stringContaining('(the title)') as string,
    });
    expect(calls).toEqual(['archive g-1 etag-1', 'get g-1']);
  });

  it.each([
    ['forbidden', new ApiError(403, { code: 'forbidden', detail: 'Not yours.' })],
    ['offline', new ApiError(0, undefined)],
  ])('throws when %s', async (_name, error) => {
    const { api, calls } = fakeApi(() => Promise.reject(error));
    await expect(tryArchive(api, goal)).rejects.toBe(error);
    expect(calls).toEqual(['archive g-1 etag-1']);
  });
});
