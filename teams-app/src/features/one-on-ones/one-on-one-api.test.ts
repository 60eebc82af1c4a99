import { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { testMeeting, testNote, testSeries } from './test-one-on-ones';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Answers every fetch with `status` and `body`, recording what was sent. */
function answerWith(status: number, body: unknown) {
  const sent: Sent[] = [];
  // The client always passes the URL as a string.
  const fake = (url: string, init?: RequestInit) => {
    const raw = init?.body;
    sent.push({
      url,
      method: init?.method ?? 'GET',
      headers: init?.headers as Record<string, string>,
      body: typeof raw === 'string' ? JSON.parse(raw) : undefined,
    });
    const response = {
      ok: status < 400,
      status,
      text: () => Promise.resolve(JSON.stringify(body)),
    };
    return Promise.resolve(response as Response);
  };
  globalThis.fetch = fake as typeof fetch;
  return sent;
}

const api = new ApiClient(() => Promise.resolve('t0ken'));
const meeting = testMeeting({
  id: 'oo-1',
  changedGoals: [{ id: 'g-1', title: 'G', progress: 0.5 }],
});
const target = { seriesId: 'oos-1', id: 'oo-1' };
const base = '/api/one-on-ones/oos-1/meetings/oo-1';

describe('ApiClient 1:1 methods', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it.each<[string, () => Promise<unknown>, unknown, Partial<Sent>, string | undefined]>([
    [
      'listOneOnOneSeries',
      () => api.listOneOnOneSeries(),
      { items: [testSeries()] },
      { url: '/api/one-on-ones', method: 'GET' },
      undefined,
    ],
    [
      'createOneOnOneSeries',
      () => api.createOneOnOneSeries('arjun-mehta'),
      testSeries(),
      { url: '/api/one-on-ones', method: 'POST', body: { reportId: 'arjun-mehta' } },
      undefined,
    ],
    [
      'listOneOnOnes',
      () => api.listOneOnOnes('oos-1'),
      { items: [meeting] },
      { url: '/api/one-on-ones/oos-1/meetings', method: 'GET' },
      undefined,
    ],
    [
      'createOneOnOne',
      () => api.createOneOnOne('oos-1', { scheduledFor: meeting.scheduledFor }),
      meeting,
      {
        url: '/api/one-on-ones/oos-1/meetings',
        method: 'POST',
        body: { scheduledFor: meeting.scheduledFor },
      },
      undefined,
    ],
    [
      'addTalkingPoint',
      () => api.addTalkingPoint('oos-1', 'oo-1', { text: 'Hi', goalIds: ['g-1'] }),
      meeting,
      { url: `${base}/talking-points`, method: 'POST', body: { text: 'Hi', goalIds: ['g-1'] } },
      undefined,
    ],
    [
      'updateTalkingPoint',
      () => api.updateTalkingPoint({ ...target, pointId: 'tp-1' }, { done: true }, 'e1'),
      meeting,
      { url: `${base}/talking-points/tp-1`, method: 'PATCH', body: { done: true } },
      '"e1"',
    ],
    [
      'updateSharedNotes',
      () => api.updateSharedNotes('oos-1', 'oo-1', 'Notes', 'e1'),
      meeting,
      { url: `${base}/shared-notes`, method: 'PUT', body: { sharedNotes: 'Notes' } },
      '"e1"',
    ],
    [
      'addActionItem',
      () => api.addActionItem('oos-1', 'oo-1', { text: 'Do', ownerId: 'arjun-mehta' }),
      meeting,
      { url: `${base}/action-items`, method: 'POST', body: { text: 'Do', ownerId: 'arjun-mehta' } },
      undefined,
    ],
    [
      'updateActionItem',
      () => api.updateActionItem({ ...target, itemId: 'ai-1' }, { dueDate: null }, 'e1'),
      meeting,
      { url: `${base}/action-items/ai-1`, method: 'PATCH', body: { dueDate: null } },
      '"e1"',
    ],
    [
      'getPrivateNote',
      () => api.getPrivateNote('oos-1', 'oo-1'),
      testNote(),
      { url: `${base}/private-note`, method: 'GET' },
      undefined,
    ],
    [
      'putPrivateNote',
      () => api.putPrivateNote('oos-1', 'oo-1', 'Mine', 'n1'),
      testNote(),
      { url: `${base}/private-note`, method: 'PUT', body: { text: 'Mine' } },
      '"n1"',
    ],
  ])('%s calls the route and parses the answer', async (_, call, answer, expected, ifMatch) => {
    const sent = answerWith(200, answer);
    const result = await call();
    const items = (answer as { items?: unknown }).items;
    expect(result).toEqual(items ?? answer);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject(expected);
    expect(sent[0]?.headers.authorization).toBe('Bearer t0ken');
    expect(sent[0]?.headers['if-match']).toBe(ifMatch);
  });

  it('writes a first private note without If-Match', async () => {
    const sent = answerWith(201, testNote());
    await api.putPrivateNote('oos-1', 'oo-1', 'Mine');
    expect(sent[0]?.headers['if-match']).toBeUndefined();
  });

  it('encodes ids in the path', async () => {
    const sent = answerWith(200, { items: [] });
    await api.listOneOnOnes('a/b');
    expect(sent[0]?.url).toBe('/api/one-on-ones/a%2Fb/meetings');
  });

  it('refuses a 1:1 without the changed goals', async () => {
    const { changedGoals: _dropped, ...withoutGoals } = meeting;
    answerWith(200, { items: [withoutGoals] });
    await expect(api.listOneOnOnes('oos-1')).rejects.toThrow(/changedGoals/);
  });

  it('refuses a private note of the wrong shape', async () => {
    answerWith(200, { ...testNote(), text: 42 });
    await expect(api.getPrivateNote('oos-1', 'oo-1')).rejects.toThrow(/text/);
  });

  it('turns a 412 into an ApiError with its code', async () => {
    answerWith(412, {
      status: 412,
      code: 'precondition_failed',
      title: 'Stale',
      detail: 'Changed.',
    });
    await expect(api.updateSharedNotes('oos-1', 'oo-1', 'x', 'old')).rejects.toEqual(
      expect.objectContaining({ status: 412, code: 'precondition_failed' }),
    );
    await expect(api.updateSharedNotes('oos-1', 'oo-1', 'x', 'old')).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
