import { hashOf, parseRoute, type AppRoute } from '../../app/routes';

// The cycle page's address lives in the Reviews section (a cycleId on the reviews route).
describe('the cycle page route', () => {
  it.each<[string, AppRoute]>([
    ['#/reviews/cycles/c-1', { screen: 'reviews', cycleId: 'c-1' }],
    ['#/reviews/cycles/c-1/', { screen: 'reviews', cycleId: 'c-1' }],
    ['#/reviews/cycles/<x>', { screen: 'my-goals' }],
    ['#/reviews/r-1', { screen: 'review', reviewId: 'r-1' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips', () => {
    const route: AppRoute = { screen: 'reviews', cycleId: 'c-1' };
    expect(hashOf(route)).toBe('#/reviews/cycles/c-1');
    expect(parseRoute(hashOf(route))).toEqual(route);
  });
});
