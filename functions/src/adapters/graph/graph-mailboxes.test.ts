import type { BatchResult } from './graph-batch.js';
import type { GraphClient } from './graph-client.js';
import { lookUpMailboxes, MailboxCache } from './graph-mailboxes.js';

/** A Graph client whose `$batch` answers every user with `<id>@contoso.com`, counting calls. */
function fakeGraph() {
  const asked: string[][] = [];
  const graph = {
    batch: (requests: { url: string }[]): Promise<BatchResult[]> => {
      const ids = requests.map((r) => decodeURIComponent(r.url.split('/')[2]?.split('?')[0] ?? ''));
      asked.push(ids);
      return Promise.resolve(
        ids.map((id) => ({ ok: true, status: 200, body: { id, mail: `${id}@contoso.com` } })),
      );
    },
  } as unknown as GraphClient;
  return { graph, asked };
}

describe('lookUpMailboxes with a MailboxCache', () => {
  it('asks Graph only for the ids it has not seen in the tenant', async () => {
    const { graph, asked } = fakeGraph();
    const cache = new MailboxCache();
    await lookUpMailboxes(graph, ['ann', 'bob'], { cache, tenantId: 't1' });
    const mails = await lookUpMailboxes(graph, ['bob', 'cara'], { cache, tenantId: 't1' });
    expect(asked).toEqual([['ann', 'bob'], ['cara']]);
    expect(Object.fromEntries(mails)).toEqual({ bob: 'bob@contoso.com', cara: 'cara@contoso.com' });
  });

  it('keeps tenants apart', async () => {
    const { graph, asked } = fakeGraph();
    const cache = new MailboxCache();
    await lookUpMailboxes(graph, ['ann'], { cache, tenantId: 't1' });
    await lookUpMailboxes(graph, ['ann'], { cache, tenantId: 't2' });
    expect(asked).toEqual([['ann'], ['ann']]);
  });

  it('asks again once an address is older than the time to live', async () => {
    const { graph, asked } = fakeGraph();
    let now = 0;
    const cache = new MailboxCache(60_000, () => now);
    await lookUpMailboxes(graph, ['ann'], { cache, tenantId: 't1' });
    now = 60_001;
    await lookUpMailboxes(graph, ['ann'], { cache, tenantId: 't1' });
    expect(asked).toEqual([['ann'], ['ann']]);
  });

  it('makes no call when every id is known', async () => {
    const { graph, asked } = fakeGraph();
    const cache = new MailboxCache();
    await lookUpMailboxes(graph, ['ann'], { cache, tenantId: 't1' });
    await lookUpMailboxes(graph, ['ann', 'ann'], { cache, tenantId: 't1' });
    expect(asked).toHaveLength(1);
  });
});
