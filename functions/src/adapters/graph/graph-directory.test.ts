import type { GraphTokenProvider } from './graph-token-provider.js';
import { graphDirectoryFor } from './graph-directory.js';
import {
  graphFixture,
  GraphTestServer,
  type GraphCall,
  type GraphReply,
} from './graph-test-server.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const sara = graphFixture('manager.response.json') as { id: string; mail: string };
const schedule = graphFixture('get-schedule.response.json') as {
  value: { workingHours: unknown }[];
};
/** A getSchedule answer giving `scheduleId` the fixture's Pacific working hours. */
const hoursOf = (...scheduleIds: string[]) => ({
  value: scheduleIds.map((scheduleId) => ({
    scheduleId,
    workingHours: schedule.value[0]?.workingHours,
  })),
});
const page1 = graphFixture('direct-reports.page1.composed.response.json');
const page2 = graphFixture('direct-reports.page2.composed.response.json');
const chain = graphFixture('manager-chain.response.json');
const ok = (body: unknown): GraphReply => ({ status: 200, body });
const fail = (status: number): GraphReply => ({
  status,
  body: { error: { code: 'x', message: 'no' } },
});

describe('GraphDirectory against a local Graph', () => {
  let server: GraphTestServer;
  const tokenRequests: [string, string | null][] = [];
  const tokens: GraphTokenProvider = {
    tokenFor: (tenantId, assertion) => {
      tokenRequests.push([tenantId, assertion]);
      return Promise.resolve(`obo-for-${assertion}`);
    },
  };
  const directory = () =>
    graphDirectoryFor(
      { tokens, client: { fetch: server.fetch, retry: { sleep: () => Promise.resolve() } } },
      'alice-jwt',
    );

  beforeAll(async () => {
    server = await GraphTestServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    tokenRequests.length = 0;
  });

  /** Routes by path prefix (batched items included); the rest 404. */
  function serve(routes: Record<string, GraphReply>): void {
    server.reset((call: GraphCall) => {
      const hit = Object.keys(routes).find((prefix) => call.path.startsWith(prefix));
      return hit === undefined ? undefined : routes[hit];
    });
  }

  it('reads a person with their manager, then their working hours from getSchedule', async () => {
    serve({
      '/me/calendar/getSchedule': ok(hoursOf('sarad@contoso.onmicrosoft.com')),
      [`/users/${sara.id}?`]: ok({ ...sara, department: null, manager: { id: 'boss-1' } }),
    });
    await expect(directory().getPerson(TENANT, sara.id)).resolves.toEqual({
      id: sara.id,
      displayName: 'Sara Davis',
      mail: 'SaraD@contoso.onmicrosoft.com',
      jobTitle: 'Finance VP',
      department: '',
      managerId: 'boss-1',
      timeZone: 'America/Los_Angeles',
      workingHours: {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00',
        endTime: '17:00',
        timeZone: 'America/Los_Angeles',
      },
    });
    expect(server.httpCalls.map((c) => [c.path.split('?')[0], c.headers.authorization])).toEqual([
      [`/users/${sara.id}`, 'Bearer obo-for-alice-jwt'],
      ['/me/calendar/getSchedule', 'Bearer obo-for-alice-jwt'],
    ]);
    expect(server.httpCalls[1]?.body).toMatchObject({
      schedules: ['SaraD@contoso.onmicrosoft.com'],
      availabilityViewInterval: 1440,
    });
    expect(tokenRequests).toEqual([
      [TENANT, 'alice-jwt'],
      [TENANT, 'alice-jwt'],
    ]);
  });

  it('gives null for an unknown person but fails loudly on an outage', async () => {
    serve({});
    await expect(directory().getPerson(TENANT, 'nobody')).resolves.toBeNull();
    serve({ '/users/': fail(503) });
    await expect(directory().getPerson(TENANT, 'x')).rejects.toMatchObject({
      code: 'upstream_unavailable',
    });
  });

  it('searches by prefix with the quote escaped and the text URL-encoded', async () => {
    serve({
      '/users?': ok({
        value: [
          { id: 'p2', displayName: "Zoë O'Brien" },
          { ...sara, manager: { id: 'm' } },
        ],
      }),
    });
    const found = await directory().searchPeople(TENANT, "  O'Brien & Co ", 5);
    expect(found.map((p) => [p.displayName, p.managerId])).toEqual([
      ['Sara Davis', 'm'],
      ["Zoë O'Brien", null],
    ]);
    const [call] = server.httpCalls;
    expect(call?.url.searchParams.get('$filter')).toBe(
      ['displayName', 'givenName', 'surname', 'mail']
        .map((f) => `startswith(${f},'O''Brien & Co')`)
        .join(' or '),
    );
    expect(call?.url.searchParams.get('$top')).toBe('5');
  });

  it('does not call Graph for an empty search', async () => {
    serve({});
    await expect(directory().searchPeople(TENANT, '   ', 10)).resolves.toEqual([]);
    expect(server.httpCalls).toHaveLength(0);
  });

  it('collects direct reports across pages (2 calls) with managerId set', async () => {
    const id = '7d54cb02-aaa3-4016-9f9c-a4b49422dd9b';
    serve({
      [`/users/${id}/directReports?$top=1&$skiptoken=`]: ok(page2),
      [`/users/${id}/directReports`]: ok(page1),
    });
    const reports = await directory().getDirectReports(TENANT, id);
    expect(reports.map((p) => [p.id, p.managerId])).toEqual([
      ['10a1d484-cd1a-4162-a5a4-832370bac356', id],
      ['a97733ce-92a4-4e7e-8d45-8e1f3e6a69d8', id],
    ]);
    expect(server.httpCalls).toHaveLength(2);
  });

  it('gives no reports and no chain for an unknown person', async () => {
    serve({});
    await expect(directory().getDirectReports(TENANT, 'nobody')).resolves.toEqual([]);
    await expect(directory().getManagementChain(TENANT, 'nobody')).resolves.toEqual([]);
  });

  it('reads the management chain from the nested $levels=max answer in one call', async () => {
    serve({ '/users/a97733ce-92a4-4e7e-8d45-8e1f3e6a69d8?': ok(chain) });
    const managers = await directory().getManagementChain(
      TENANT,
      'a97733ce-92a4-4e7e-8d45-8e1f3e6a69d8',
    );
    expect(managers.map((p) => [p.displayName, p.managerId])).toEqual([
      ['Alex Wilber', '343a3f95-377c-47a9-b697-480487bfcdf7'],
      ['Bianca Pisani', '8e07b731-5ba7-4081-b482-15e6eca35c45'],
      ['Patti Fernandez', null],
    ]);
    const [call] = server.httpCalls;
    expect(call?.headers.consistencylevel).toBe('eventual');
    expect(call?.url.searchParams.get('$expand')).toBe(
      'manager($levels=max;$select=id,displayName,mail,userPrincipalName,jobTitle,department)',
    );
    expect(server.httpCalls).toHaveLength(1);
  });
});
