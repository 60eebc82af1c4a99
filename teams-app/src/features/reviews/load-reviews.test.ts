import type { Page, ReviewView } from '@northstar/shared';
import type { ReviewListQuery } from '../../api/api-client';
import { loadAllReviews } from './load-reviews';
import { testReview } from './test-review';

function pagedApi(pages: Page<ReviewView>[]) {
  const queries: ReviewListQuery[] = [];
  const listReviews = (query: ReviewListQuery = {}) => {
    queries.push(query);
    const index = query.cursor === undefined ? 0 : Number(query.cursor);
    return Promise.resolve(pages[index] ?? { items: [] });
  };
  return { api: { listReviews }, queries };
}

describe('loadAllReviews', () => {
  it('follows nextCursor until the last page, keeping the filter', async () => {
    const { api, queries } = pagedApi([
      { items: [testReview({ id: 'a' })], nextCursor: '1' },
      { items: [], nextCursor: '2' },
      { items: [testReview({ id: 'b' })] },
    ]);
    const reviews = await loadAllReviews(api, { cycleId: 'c-1' });
    expect(reviews.map((r) => r.id)).toEqual(['a', 'b']);
    expect(queries).toEqual([
      { cycleId: 'c-1', limit: 200 },
      { cycleId: 'c-1', limit: 200, cursor: '1' },
      { cycleId: 'c-1', limit: 200, cursor: '2' },
    ]);
  });

  it('stops after 50 pages when the cursor never ends', async () => {
    let calls = 0;
    const listReviews = () => {
      calls += 1;
      return Promise.resolve({ items: [], nextCursor: 'again' });
    };
    await loadAllReviews({ listReviews });
    expect(calls).toBe(50);
  });
});
