import { ApiClient } from '../../api/api-client';

interface Sent {
  url: string;
  method: string;
}

/** Answers every fetch with 200 and `body`, recording what was asked. */
function answer(body: unknown): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = ((url: string, init: RequestInit = {}) => {
    sent.push({ url, method: init.method ?? 'GET' });
    const text = () => Promise.resolve(JSON.stringify(body));
    return Promise.resolve({ ok: true, status: 200, text } as Response);
  }) as typeof fetch;
  return sent;
}

const api = new ApiClient(() => Promise.resolve('t0ken'));

describe('ApiClient notification methods', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists the caller’s notifications with the page in the query', async () => {
    const item = { id: 'n-1', kind: 'stale', text: 'x', createdAt: '2026-11-23T10:00:00.000Z' };
    const sent = answer({ items: [item], nextCursor: 'c-2' });
    await expect(api.listNotifications({ limit: 20, cursor: 'c-1' })).resolves.toEqual({
      items: [item],
      nextCursor: 'c-2',
    });
    expect(sent).toEqual([{ url: '/api/notifications?limit=20&cursor=c-1', method: 'GET' }]);
  });

  it('runs the reminders with a POST and reads the summary', async () => {
    const summary = {
      considered: 3,
      sent: 1,
      digests: 0,
      deferred: 0,
      skipped: 0,
      failures: 0,
      outsideWorkingHours: 2,
      unknownTimeZones: 0,
    };
    const sent = answer(summary);
    await expect(api.runRemindersNow()).resolves.toEqual(summary);
    expect(sent).toEqual([{ url: '/api/dev/reminders/run', method: 'POST' }]);
  });

  it('refuses an answer that breaks the contract', async () => {
    answer({ items: [{ id: 'n-1', kind: 'gossip', text: 'x', createdAt: 'yesterday' }] });
    await expect(api.listNotifications()).rejects.toBeDefined();
  });
});
