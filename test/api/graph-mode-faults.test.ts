import {
  graphFixture,
  type GraphReply,
} from '../../functions/src/adapters/graph/graph-test-server.js';
import { startGraphModeHost, type GraphModeHost } from './graph-mode-host.js';
import { ALEX, SARA, callsTo, nextWeek } from './graph-mode-org.js';

const throttled = graphFixture('throttling-429.response.json') as GraphReply;

describe('Graph mode: Graph and Entra faults over HTTP', () => {
  let host: GraphModeHost;
  let sara: string;
  const { windowStart, windowEnd } = nextWeek();
  const findTimes = { attendeeIds: [ALEX.id], durationMinutes: 60, windowStart, windowEnd };
  const graphCalls = (path: string) => callsTo(host.graph.calls, path);

  beforeAll(async () => {
    host = await startGraphModeHost();
    sara = await host.entra.signIn(SARA.id, SARA.displayName);
  });
  afterAll(() => host.close());
  beforeEach(() => {
    host.graphWith();
  });

  it('tries a throttled Graph call again after its Retry-After, then answers', async () => {
    let throttle = true;
    host.graphWith((call) => {
      if (call.path !== '/me/findMeetingTimes' || !throttle) return undefined;
      throttle = false;
      return { ...throttled, headers: { ...throttled.headers, 'Retry-After': '0.2' } };
    });
    const found = await host.call('POST', '/api/meetings/find-times', {
      token: sara,
      body: findTimes,
    });
    expect(found.status).toBe(200);
    expect(found.body.suggestions).toHaveLength(5);
    expect(graphCalls('/me/findMeetingTimes')).toHaveLength(2);
  });

  const denied = (code: string): GraphReply => ({
    status: 403,
    body: { error: { code, message: 'Insufficient privileges to complete the operation.' } },
  });

  it.each<[string, string, string, unknown]>([
    ['finding times (no Calendars.Read)', 'POST', '/api/meetings/find-times', findTimes],
    [
      'reading a person (no User.Read.All)',
      'GET',
      `/api/people/0c1b2a39-4857-4666-a5b4-c3d2e1f0a9b8`,
      undefined,
    ],
  ])(
    'turns a Graph 403 when %s into a 403 problem, not a 500',
    async (_case, method, path, body) => {
      host.graphWith((call) =>
        call.path.startsWith('/me/findMeetingTimes') || call.path.startsWith('/users/0c1b2a39')
          ? denied(
              call.path.startsWith('/me') ? 'ErrorAccessDenied' : 'Authorization_RequestDenied',
            )
          : undefined,
      );
      const answer = await host.call(method, path, { token: sara, body });
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body).toMatchObject({ code: 'forbidden', status: 403 });
      expect(answer.body.detail).toMatch(/Microsoft Graph denied access.*admin consent/);
      expect(JSON.stringify(answer.body)).not.toMatch(/Insufficient|Denied/);
    },
  );

  it('turns missing consent at the On-Behalf-Of step into a 403 problem', async () => {
    host.entra.fault = () => ({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: 'AADSTS65001: The user or administrator has not consented.',
        error_codes: [65001],
        suberror: 'consent_required',
      },
    });
    const alex = await host.entra.signIn(ALEX.id, ALEX.displayName);
    const me = await host.call('GET', '/api/me', { token: alex });
    host.entra.fault = () => undefined;
    expect(me.status).toBe(403);
    expect(me.body).toMatchObject({ code: 'forbidden', detail: expect.stringMatching(/consent/) });
    expect(host.graph.calls).toHaveLength(0);
  });

  it('refuses a signed-in user Graph does not know', async () => {
    const stranger = await host.entra.signIn('5b2c9a43-0d1e-4f4a-8e6b-7c8d9e0f1a2b');
    const me = await host.call('GET', '/api/me', { token: stranger });
    expect(me.status).toBe(403);
    expect(me.body.detail).toMatch(/not in this organisation/);
  });
});
