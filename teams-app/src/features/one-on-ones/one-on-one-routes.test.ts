import { hashOf, parseRoute, type AppRoute } from '../../app/routes';

describe('1:1 routes', () => {
  it.each<[string, AppRoute]>([
    ['#/one-on-ones', { screen: 'one-on-ones' }],
    ['#/one-on-ones/', { screen: 'one-on-ones' }],
    ['#/one-on-ones/oos-abc_1', { screen: 'one-on-one', seriesId: 'oos-abc_1' }],
    ['#/one-on-ones/<script>', { screen: 'my-goals' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<AppRoute>([{ screen: 'one-on-ones' }, { screen: 'one-on-one', seriesId: 'oos-1' }])(
    'round-trips %j',
    (route) => {
      expect(parseRoute(hashOf(route))).toEqual(route);
    },
  );
});
