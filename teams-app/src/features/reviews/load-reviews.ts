import type { ReviewView } from '@northstar/shared';
import type { ApiClient, ReviewListQuery } from '../../api/api-client';

/** Pages to read at most (200 reviews each), so a runaway cursor cannot loop forever. */
const MAX_PAGES = 50;

/**
 * Every review the caller may see, following `nextCursor`: the API filters each page by what the
 * caller may see, so a page can hold few of theirs while later pages hold more.
 */
export async function loadAllReviews(
  api: Pick<ApiClient, 'listReviews'>,
  query: Omit<ReviewListQuery, 'cursor' | 'limit'> = {},
): Promise<ReviewView[]> {
  const reviews: ReviewView[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await api.listReviews({
      ...query,
      limit: 200,
      ...(cursor === undefined ? {} : { cursor }),
    });
    reviews.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === undefined) break;
  }
  return reviews;
}
