import type { GoalView } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';

/** Goals asked for per page (the API allows up to 200). */
export const PAGE_SIZE = 100;

/** Pages read at most, so a runaway cursor cannot keep the screen loading. */
export const MAX_PAGES = 10;

/** A person's active goals; `complete` is false when the page cap cut the list short. */
export interface MyGoalsList {
  goals: GoalView[];
  complete: boolean;
}

/** Every active goal `ownerId` owns, following `nextCursor` up to `MAX_PAGES` pages. */
export async function loadMyGoals(
  api: Pick<ApiClient, 'listGoals'>,
  ownerId: string,
): Promise<MyGoalsList> {
  const goals: GoalView[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = { ownerId, limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) };
    const result = await api.listGoals(query);
    goals.push(...result.items.filter((goal) => goal.state === 'active'));
    cursor = result.nextCursor;
    if (cursor === undefined) return { goals, complete: true };
  }
  return { goals, complete: false };
}
