import type { Evidence } from '@northstar/shared';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { collectPages } from '../contract/collect-pages.js';
import { evidenceFor, getEvidence, saveViaBot } from './bot-message-actions.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectProblem } from './problem-assertions.js';

/** Another private goal of the employee, so each test has a goal of its own. */
const CERT_GOAL_ID = 'g-arjun-architect-cert';

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, evidence', (store) => {
  let host: TestHost;
  let owner: string;
  let manager: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    [owner, manager] = await Promise.all([
      host.signIn(DEMO_EMPLOYEE_ID),
      host.signIn(DEMO_MANAGER_ID),
    ]);
  });
  afterAll(() => host.close());

  const remove = (token: string, goalId: string, evidenceId: string) =>
    host.call('DELETE', `/api/goals/${goalId}/evidence/${evidenceId}`, { token });

  it('is saved from Teams, then listed newest first in pages without gaps or repeats', async () => {
    const messageIds = Array.from({ length: 7 }, (_, i) => `m-page-${String(i)}`);
    for (const id of messageIds) {
      const res = await saveViaBot(host, DEMO_EMPLOYEE_ID, CERT_GOAL_ID, id);
      expect(res.body.task.value).toMatch(/^Saved as evidence/);
    }
    const pages = await collectPages(async (cursor) => {
      const query = `?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await getEvidence(host, manager, CERT_GOAL_ID, query);
      expect(res.status).toBe(200);
      return res.body as { items: Evidence[]; nextCursor?: string };
    });
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    const listed = pages.flatMap((page) => page.items);
    expect(listed.map((e) => e.messageId).sort()).toEqual([...messageIds].sort());
    const times = listed.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('is kept once per message and goal, however often it is saved', async () => {
    await saveViaBot(host, DEMO_EMPLOYEE_ID, SEED_EMPLOYEE_GOAL_ID, 'm-twice', 'first');
    await saveViaBot(host, DEMO_MANAGER_ID, SEED_EMPLOYEE_GOAL_ID, 'm-twice', 'second');
    const res = await getEvidence(host, owner, SEED_EMPLOYEE_GOAL_ID, '?limit=200');
    const twice = (res.body.items as Evidence[]).filter((e) => e.messageId === 'm-twice');
    expect(twice).toEqual([
      expect.objectContaining({ note: 'first', savedById: DEMO_EMPLOYEE_ID }),
    ]);
  });

  it('is removed for good by its goal’s manager, and can be saved again', async () => {
    await saveViaBot(host, DEMO_EMPLOYEE_ID, SEED_EMPLOYEE_GOAL_ID, 'm-remove');
    const evidence = await evidenceFor(host, owner, SEED_EMPLOYEE_GOAL_ID, 'm-remove');
    const removed = await remove(manager, SEED_EMPLOYEE_GOAL_ID, evidence.id);
    expect({ status: removed.status, body: removed.body }).toEqual({
      status: 204,
      body: undefined,
    });
    await expect(evidenceFor(host, owner, SEED_EMPLOYEE_GOAL_ID, 'm-remove')).rejects.toThrow();
    expectProblem(await remove(owner, SEED_EMPLOYEE_GOAL_ID, evidence.id), 404);
    await saveViaBot(host, DEMO_EMPLOYEE_ID, SEED_EMPLOYEE_GOAL_ID, 'm-remove');
    await expect(
      evidenceFor(host, owner, SEED_EMPLOYEE_GOAL_ID, 'm-remove'),
    ).resolves.toMatchObject({
      id: evidence.id,
    });
  });

  it('is not found on another goal, nor under another goal’s id', async () => {
    await saveViaBot(host, DEMO_EMPLOYEE_ID, SEED_EMPLOYEE_GOAL_ID, 'm-elsewhere');
    const evidence = await evidenceFor(host, owner, SEED_EMPLOYEE_GOAL_ID, 'm-elsewhere');
    expectProblem(await remove(owner, CERT_GOAL_ID, evidence.id), 404);
    const other = await getEvidence(host, owner, CERT_GOAL_ID, '?limit=200');
    expect((other.body.items as Evidence[]).map((e) => e.id)).not.toContain(evidence.id);
  });
});
