import { randomUUID } from 'node:crypto';
import { rawCall } from './authorization-matrix-cells.js';
import { CALLER_NAMES, as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import { ifMatch, scheduleOneOnOne, seriesOf } from './one-on-ones-fixtures.js';
import { expectFieldProblem } from './problem-assertions.js';

/** One request a caller might make that touches the 1:1 or its series. */
interface Probe {
  name: string;
  method: string;
  path: string;
  body?: (caller: CallerName) => unknown;
  /** Sent with the 1:1's current ETag, so a participant's write goes through. */
  withEtag?: boolean;
}

describe('a private 1:1 note reaches its author and nobody else', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  let series: string;
  let meeting: string;
  const notes = { owner: `his-${randomUUID()}`, manager: `hers-${randomUUID()}` };
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
    series = `/api/one-on-ones/${await seriesOf(host, tokens.manager!)}/meetings`;
    const seriesId = series.split('/')[3] ?? '';
    const made = await scheduleOneOnOne(host, tokens.manager!, seriesId, '2029-03-01T09:00:00Z');
    meeting = `${series}/${made.id}`;
    for (const author of ['owner', 'manager'] as const) {
      const res = await host.call('PUT', `${meeting}/private-note`, {
        ...as(tokens[author]),
        body: { text: notes[author] },
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => host.close());

  /** What a caller writes as their own note: a participant the same note again. */
  const noteOf = (caller: CallerName) =>
    caller === 'owner' || caller === 'manager' ? notes[caller] : 'Not mine to write';

  const PROBES: Probe[] = [
    { name: 'list series', method: 'GET', path: '/api/one-on-ones' },
    { name: 'list 1:1s', method: 'GET', path: '{series}' },
    { name: 'read the private note', method: 'GET', path: '{meeting}/private-note' },
    {
      name: 'schedule the next 1:1',
      method: 'POST',
      path: '{series}',
      body: () => ({ scheduledFor: '2029-03-08T09:00:00Z' }),
    },
    {
      name: 'add a talking point',
      method: 'POST',
      path: '{meeting}/talking-points',
      body: () => ({ text: 'Next' }),
    },
    {
      name: 'replace the shared notes',
      method: 'PUT',
      path: '{meeting}/shared-notes',
      body: () => ({ sharedNotes: 'Shared' }),
      withEtag: true,
    },
    {
      name: 'rewrite one’s own private note',
      method: 'PUT',
      path: '{meeting}/private-note',
      body: (caller) => ({ text: noteOf(caller) }),
      withEtag: true,
    },
  ];

  /** Sends a probe as `caller`; the ETag comes from the manager, who may read the 1:1. */
  async function send(probe: Probe, caller: CallerName) {
    const path = probe.path.replace('{series}', series).replace('{meeting}', meeting);
    let headers: Record<string, string> = {};
    if (probe.withEtag === true) {
      const list = await host.call('GET', series, as(tokens.manager));
      const own = probe.path.endsWith('private-note') ? await ownNoteEtag(caller) : undefined;
      const found = (list.body.items as { id: string; etag: string }[]).find((m) =>
        meeting.endsWith(m.id),
      );
      headers = ifMatch(own ?? found?.etag ?? 'none');
    }
    const body = probe.body?.(caller);
    return rawCall(host, probe.method, path, { token: tokens[caller], body, headers });
  }

  async function ownNoteEtag(caller: CallerName): Promise<string | undefined> {
    const res = await host.call('GET', `${meeting}/private-note`, as(tokens[caller]));
    return res.status === 200 ? (res.body.etag as string) : undefined;
  }

  const CASES = CALLER_NAMES.flatMap((caller) =>
    PROBES.map((probe) => [probe.name, caller, probe] as const),
  );

  it.each(CASES)(
    '%s as %s: no one else’s private note in the answer',
    async (_name, caller, probe) => {
      const { status, text } = await send(probe, caller);
      expect(status).toBeLessThan(500);
      for (const author of ['owner', 'manager'] as const) {
        if (author !== caller) expect(text).not.toContain(notes[author]);
      }
    },
  );

  it.each(['owner', 'manager'] as const)(
    'still gives the %s their own note, untouched by the other',
    async (author) => {
      const res = await host.call('GET', `${meeting}/private-note`, as(tokens[author]));
      expect(res.body).toMatchObject({ authorId: expect.any(String) });
      expect(res.body.text).toBe(notes[author]);
    },
  );

  // Linking another person's private goal (404 on GET /api/goals/{id}) must answer exactly like
  // an unknown id, or the route becomes an oracle for private goals.
  it('refuses to link a goal the caller may not see, as if it did not exist', async () => {
    const res = await host.call('POST', `${meeting}/talking-points`, {
      ...as(tokens.owner),
      body: { text: 'Their deals', goalIds: ['g-isaiah-enterprise-deals'] },
    });
    expectFieldProblem(res, 'body.goalIds');
  });
});
