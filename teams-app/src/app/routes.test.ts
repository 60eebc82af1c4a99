import { hashOf, parseRoute, type AppRoute } from './routes';

describe('routes', () => {
  it.each<[string, AppRoute]>([
    ['', { screen: 'my-goals' }],
    ['#/goals', { screen: 'my-goals' }],
    ['#/goals/g-1', { screen: 'goal', goalId: 'g-1' }],
    ['#/goals/g-1/edit', { screen: 'edit-goal', goalId: 'g-1' }],
    ['#/goals/new', { screen: 'new-goal' }],
    ['#/goals/new?parent=g-9', { screen: 'new-goal', parentId: 'g-9' }],
    ['#/team', { screen: 'team' }],
    ['#/team/arjun-mehta', { screen: 'person', personId: 'arjun-mehta' }],
    ['#/alignment', { screen: 'alignment' }],
    ['#/alignment/g-2', { screen: 'alignment', focusId: 'g-2' }],
    ['#/reviews', { screen: 'reviews' }],
    ['#/reviews/r-1', { screen: 'review', reviewId: 'r-1' }],
    ['#/goals/<script>', { screen: 'my-goals' }],
    ['#/nowhere', { screen: 'my-goals' }],
    ['#/schedule', { screen: 'schedule' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<AppRoute>([
    { screen: 'goal', goalId: 'g-1' },
    { screen: 'new-goal', parentId: 'g-9' },
    { screen: 'person', personId: 'p' },
    { screen: 'alignment', focusId: 'g-2' },
    { screen: 'team' },
    { screen: 'reviews' },
    { screen: 'review', reviewId: 'r-1' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(hashOf(route))).toEqual(route);
  });
});
