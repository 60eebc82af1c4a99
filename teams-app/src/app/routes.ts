/** The screens of the tab, addressed by the URL hash so deep links and Back work. */
export type AppRoute =
  | { screen: 'my-goals' }
  | { screen: 'goal'; goalId: string }
  | { screen: 'new-goal'; parentId?: string }
  | { screen: 'edit-goal'; goalId: string }
  | { screen: 'team' }
  | { screen: 'person'; personId: string }
  | { screen: 'alignment'; focusId?: string }
  // With a cycleId: an admin's cycle page, which stays in the Reviews section.
  | { screen: 'reviews'; cycleId?: string }
  | { screen: 'review'; reviewId: string }
  | { screen: 'schedule' }
  | { screen: 'one-on-ones' }
  | { screen: 'one-on-one'; seriesId: string };

const SEGMENT = '([A-Za-z0-9_-]+)';

/** Reads a route from a hash like `#/goals/g-1`; anything unknown is My goals. */
export function parseRoute(hash: string): AppRoute {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const match = (pattern: string) => new RegExp(`^${pattern}/?$`).exec(path);
  let m: RegExpExecArray | null;
  if (match('/goals/new')) {
    const parentId = query.get('parent');
    return parentId ? { screen: 'new-goal', parentId } : { screen: 'new-goal' };
  }
  if ((m = match(`/goals/${SEGMENT}/edit`)) && m[1]) return { screen: 'edit-goal', goalId: m[1] };
  if ((m = match(`/goals/${SEGMENT}`)) && m[1]) return { screen: 'goal', goalId: m[1] };
  if (match('/team')) return { screen: 'team' };
  if ((m = match(`/team/${SEGMENT}`)) && m[1]) return { screen: 'person', personId: m[1] };
  if (match('/alignment')) return { screen: 'alignment' };
  if ((m = match(`/alignment/${SEGMENT}`)) && m[1]) return { screen: 'alignment', focusId: m[1] };
  if (match('/schedule')) return { screen: 'schedule' };
  if (match('/one-on-ones')) return { screen: 'one-on-ones' };
  if ((m = match(`/one-on-ones/${SEGMENT}`)) && m[1])
    return { screen: 'one-on-one', seriesId: m[1] };
  if (match('/reviews')) return { screen: 'reviews' };
  if ((m = match(`/reviews/cycles/${SEGMENT}`)) && m[1])
    return { screen: 'reviews', cycleId: m[1] };
  if ((m = match(`/reviews/${SEGMENT}`)) && m[1]) return { screen: 'review', reviewId: m[1] };
  return { screen: 'my-goals' };
}

/** The hash for a route; `parseRoute(hashOf(r))` gives `r` back. */
export function hashOf(route: AppRoute): string {
  switch (route.screen) {
    case 'my-goals':
      return '#/goals';
    case 'goal':
      return `#/goals/${route.goalId}`;
    case 'new-goal':
      return route.parentId ? `#/goals/new?parent=${route.parentId}` : '#/goals/new';
    case 'edit-goal':
      return `#/goals/${route.goalId}/edit`;
    case 'team':
      return '#/team';
    case 'person':
      return `#/team/${route.personId}`;
    case 'alignment':
      return route.focusId ? `#/alignment/${route.focusId}` : '#/alignment';
    case 'reviews':
      return route.cycleId ? `#/reviews/cycles/${route.cycleId}` : '#/reviews';
    case 'review':
      return `#/reviews/${route.reviewId}`;
    case 'schedule':
      return '#/schedule';
    case 'one-on-ones':
      return '#/one-on-ones';
    case 'one-on-one':
      return `#/one-on-ones/${route.seriesId}`;
  }
}
