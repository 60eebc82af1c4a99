import type { HttpMethod, Route } from '../http/define-route.js';
import { defineRoute } from '../http/define-route.js';
import { RouteMatcher } from './route-matcher.js';

const route = (name: string, method: HttpMethod, path: string): Route =>
  defineRoute({
    name,
    method,
    path,
    summary: name,
    authenticate: true,
    handler: () => Promise.resolve({}),
  });

const ROUTES = [
  route('listGoals', 'GET', '/goals'),
  route('createGoal', 'POST', '/goals'),
  route('getGoal', 'GET', '/goals/{id}'),
  route('patchGoal', 'PATCH', '/goals/{id}'),
  route('getCheckIn', 'GET', '/goals/{goalId}/check-ins/{checkInId}'),
  route('openApi', 'GET', '/openapi.json'),
];

const matcher = new RouteMatcher(ROUTES);

describe('RouteMatcher', () => {
  it.each<[string, string, string, Record<string, string>]>([
    ['GET', '/api/goals', 'listGoals', {}],
    ['POST', '/api/goals', 'createGoal', {}],
    ['GET', '/api/goals/g-1', 'getGoal', { id: 'g-1' }],
    ['PATCH', '/api/goals/g-1', 'patchGoal', { id: 'g-1' }],
    ['GET', '/api/goals/g-1/check-ins/c-2', 'getCheckIn', { goalId: 'g-1', checkInId: 'c-2' }],
    ['GET', '/api/openapi.json', 'openApi', {}],
  ])('matches %s %s to %s', (method, path, name, params) => {
    expect(matcher.match(method, path)).toEqual({
      kind: 'found',
      route: expect.objectContaining({ name }) as unknown,
      params,
    });
  });

  it.each<[string, string, Record<string, string>]>([
    ['/api/goals/', 'listGoals', {}],
    ['/api/goals/g-1/', 'getGoal', { id: 'g-1' }],
  ])('accepts the trailing slash in %s', (path, name, params) => {
    expect(matcher.match('GET', path)).toMatchObject({ kind: 'found', route: { name }, params });
  });

  it.each<[string, string]>([
    ['/api/goals/a%20b', 'a b'],
    ['/api/goals/caf%C3%A9', 'café'],
    ['/api/goals/a%2Fb', 'a/b'],
    ['/api/goals/%25', '%'],
  ])('decodes the parameter in %s', (path, id) => {
    expect(matcher.match('GET', path)).toMatchObject({ kind: 'found', params: { id } });
  });

  it.each([['/api/goals/%E0%A4%A'], ['/api/goals/%'], ['/api/goals/%zz']])(
    'keeps the malformed escape in %s as sent instead of throwing',
    (path) => {
      const id = path.slice('/api/goals/'.length);
      expect(matcher.match('GET', path)).toMatchObject({ kind: 'found', params: { id } });
    },
  );

  it.each<[string, string, string[]]>([
    ['DELETE', '/api/goals/g-1', ['GET', 'PATCH']],
    ['PATCH', '/api/goals', ['GET', 'POST']],
    ['POST', '/api/openapi.json', ['GET']],
  ])('answers %s %s as not allowed, listing %p', (method, path, allowed) => {
    expect(matcher.match(method, path)).toEqual({ kind: 'method_not_allowed', allowed });
  });

  it.each([
    ['/api/goals/a/b'],
    ['/api/goals//'],
    ['/api/goalsx'],
    ['/api/openapiXjson'],
    ['/api'],
    ['/goals'],
    ['/api/api/goals'],
    ['/api/goals/g-1/check-ins'],
  ])('matches nothing for %s', (path) => {
    expect(matcher.match('GET', path)).toEqual({ kind: 'not_found' });
  });

  it('treats regex characters in a literal segment literally', () => {
    const odd = new RouteMatcher([route('odd', 'GET', '/a+b/(c)')]);
    expect(odd.match('GET', '/api/a+b/(c)')).toMatchObject({ kind: 'found' });
    expect(odd.match('GET', '/api/aab/c')).toEqual({ kind: 'not_found' });
  });

  it('uses the first route of the table that matches', () => {
    const table = [route('first', 'GET', '/goals/mine'), route('second', 'GET', '/goals/{id}')];
    expect(new RouteMatcher(table).match('GET', '/api/goals/mine')).toMatchObject({
      route: { name: 'first' },
    });
  });
});
