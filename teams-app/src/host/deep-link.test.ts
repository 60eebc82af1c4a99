import { deepLinkForGoal, deepLinkFromUrl } from './deep-link';

describe('deepLinkFromUrl', () => {
  it.each([
    ['https://x.test/?goal=g-1', { goalId: 'g-1' }],
    ['https://x.test/#/goals/g_2', { goalId: 'g_2' }],
    ['https://x.test/#/goals/g-3/', { goalId: 'g-3' }],
    ['https://x.test/?goal=g-4#/goals/other', { goalId: 'g-4' }],
    ['https://x.test/?goal=%20g-5%20', { goalId: 'g-5' }],
    ['https://x.test/', {}],
    ['https://x.test/?goal=', {}],
    ['https://x.test/?goal=a%2Fb', {}],
    ['https://x.test/#/goals/', {}],
    ['https://x.test/#/goals/a/checkins', {}],
    ['https://x.test/#/goals/%E0%A4%A', {}],
    ['https://x.test/#/people/p-1', {}],
    ['https://x.test/goals/g-6', { goalId: 'g-6' }],
    ['https://x.test/goals/g-7/', { goalId: 'g-7' }],
    ['https://x.test/goals/g-8#/reviews', {}],
    ['https://x.test/goals/%3Cscript%3E', {}],
    ['https://x.test/goals/g-9/edit', {}],
    ['https://x.test/teams/goals/g-1', {}],
  ])('%s -> %j', (href, deepLink) => {
    expect(deepLinkFromUrl(href)).toEqual(deepLink);
  });
});

describe('deepLinkForGoal', () => {
  it.each([
    ['goal-1', { goalId: 'goal-1' }],
    [null, {}],
    [undefined, {}],
    ['x'.repeat(65), {}],
    ['<script>', {}],
  ])('%j -> %j', (raw, deepLink) => {
    expect(deepLinkForGoal(raw)).toEqual(deepLink);
  });
});
