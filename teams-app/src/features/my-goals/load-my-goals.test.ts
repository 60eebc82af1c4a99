import type { GoalView, Page } from '@northstar/shared';
import type { GoalListQuery } from '../../api/api-client';
import { testGoalView } from '../check-in/test-goal-view';
import { MAX_PAGES, PAGE_SIZE, loadMyGoals } from './load-my-goals';

/** A fake listGoals serving `pages` in order and recording each query. */
function pagedApi(pages: Page<GoalView>[]) {
  const queries: GoalListQuery[] = [];
  const api = {
    listGoals: (query: GoalListQuery = {}) => {
      queries.push(query);
      const page = pages[queries.length - 1];
      return page ? Promise.resolve(page) : Promise.reject(new Error('no such page'));
    },
  };
  return { api, queries };
}

describe('loadMyGoals', () => {
  it('follows nextCursor to the end and keeps only active goals', async () => {
    const { api, queries } = pagedApi([
      { items: [testGoalView({ id: 'a' })], nextCursor: 'c1' },
      { items: [testGoalView({ id: 'b', state: 'archived' })], nextCursor: 'c2' },
      { items: [testGoalView({ id: 'c' })] },
    ]);
    const list = await loadMyGoals(api, 'arjun-mehta');
    expect(list.goals.map((g) => g.id)).toEqual(['a', 'c']);
    expect(list.complete).toBe(true);
    expect(queries).toEqual([
      { ownerId: 'arjun-mehta', limit: PAGE_SIZE },
      { ownerId: 'arjun-mehta', limit: PAGE_SIZE, cursor: 'c1' },
      { ownerId: 'arjun-mehta', limit: PAGE_SIZE, cursor: 'c2' },
    ]);
  });

  it('stops at the page cap and says the list is cut short', async () => {
    const endless = Array.from({ length: MAX_PAGES + 5 }, (_, i) => ({
      items: [testGoalView({ id: `g${String(i)}` })],
      nextCursor: `c${String(i)}`,
    }));
    const { api, queries } = pagedApi(endless);
    const list = await loadMyGoals(api, 'arjun-mehta');
    expect(queries).toHaveLength(MAX_PAGES);
    expect(list.goals).toHaveLength(MAX_PAGES);
    expect(list.complete).toBe(false);
  });

  it('fails when a page fails', async () => {
    const { api } = pagedApi([{ items: [], nextCursor: 'c1' }]);
    await expect(loadMyGoals(api, 'arjun-mehta')).rejects.toThrow('no such page');
  });
});
