import { appOrigin, goalIdFromLink, goalUrl } from './goal-link.js';

describe('appOrigin', () => {
  it.each<[string | undefined, string, string]>([
    ['northstar.contoso.com', 'http://10.0.0.1/api/messages', 'https://northstar.contoso.com'],
    ['localhost:7071', 'http://x/api/messages', 'http://localhost:7071'],
    [undefined, 'http://127.0.0.1:51234/api/messages', 'http://127.0.0.1:51234'],
  ])('APP_DOMAIN %p with request %p gives %p', (domain, requestUrl, origin) => {
    expect(appOrigin(domain, requestUrl)).toBe(origin);
  });
});

describe('goal links', () => {
  const origin = 'https://northstar.contoso.com';

  it('round-trips a goal id through its link', () => {
    expect(goalUrl(origin, 'g-1')).toBe('https://northstar.contoso.com/goals/g-1');
    expect(goalIdFromLink(origin, goalUrl(origin, 'g-1'))).toBe('g-1');
  });

  it.each<[string, string | null]>([
    ['https://northstar.contoso.com/goals/g-arjun-failover', 'g-arjun-failover'],
    ['https://NORTHSTAR.contoso.com/goals/g_1/', 'g_1'],
    ['https://northstar.contoso.com/goals/g-1?tab=checkins#x', 'g-1'],
    ['http://northstar.contoso.com/goals/g-1', 'g-1'],
    ['https://northstar.contoso.com/goals/', null],
    ['https://northstar.contoso.com/goals/g-1/edit', null],
    ['https://northstar.contoso.com/goals/g%2F1', null],
    ['https://northstar.contoso.com/alignment', null],
    ['https://northstar.contoso.com.evil.example/goals/g-1', null],
    ['https://evil.example/goals/g-1', null],
    ['ftp://northstar.contoso.com/goals/g-1', null],
    ['javascript:alert(1)', null],
    ['goals/g-1', null],
    [`https://northstar.contoso.com/goals/${'a'.repeat(65)}`, null],
  ])('reads %p as goal %p', (link, id) => {
    expect(goalIdFromLink(origin, link)).toBe(id);
  });
});
