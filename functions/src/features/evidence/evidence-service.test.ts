import { EVIDENCE_TEXT_MAX_LENGTH, type SaveEvidence } from '@northstar/shared';
import { DemoDirectory } from '../../adapters/demo/demo-directory.js';
import { SEED_EMPLOYEE_GOAL_ID, seedDemoTenant } from '../../adapters/demo/demo-seed.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  DEMO_UNRELATED_ID,
} from '../../adapters/demo/demo-tenants.js';
import { openSqliteStores } from '../../adapters/sqlite/sqlite-stores.js';
import type { Stores } from '../../ports/stores.js';
import { resolveCaller, type Caller } from '../access/caller.js';
import { GoalSnapshots } from '../goals/goal-snapshots.js';
import { TenantSettingsService } from '../settings/tenant-settings-service.js';
import type { EvidenceDeps, StoredEvidence } from './evidence-deps.js';
import { listEvidence, removeEvidence, saveEvidence } from './evidence-service.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
/** A public team goal of Tomáš Novák: the employee sees it but is not in its owner's chain. */
const TEAM_GOAL_ID = 'g-eng-weekly-releases';
/** Wei Chen's archived goal (Wei reports to the manager). */
const ARCHIVED_GOAL_ID = 'g-wei-self-hosted-runners';

let sequence = 0;
/** A message saved on the employee's private goal; each call a new message id. */
function message(changes: Partial<SaveEvidence> = {}): SaveEvidence {
  sequence += 1;
  return {
    goalId: SEED_EMPLOYEE_GOAL_ID,
    messageId: `16110607448${String(sequence).padStart(2, '0')}`,
    messageUrl: `https://teams.microsoft.com/l/message/19:abc@thread.skype/${String(sequence)}`,
    text: 'Failover drill passed in production.',
    authorName: 'Priya Raman',
    ...changes,
  };
}

describe('evidence service', () => {
  let stores: Stores;
  let deps: EvidenceDeps;
  const callers = new Map<string, Caller>();
  const as = (id: string): Caller => callers.get(id)!;
  beforeAll(async () => {
    stores = openSqliteStores({ filename: ':memory:' });
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const directory = new DemoDirectory();
    let tick = NOW.getTime();
    const clock = { now: () => new Date((tick += 1000)) };
    const settings = new TenantSettingsService(stores.settings, clock);
    const snapshots = new GoalSnapshots(stores.goals);
    const goals = { goals: stores.goals, checkIns: stores.checkIns, directory, snapshots, clock };
    deps = { evidence: stores.documents.collection<StoredEvidence>('evidence'), goals };
    const ids = [DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID, DEMO_SKIP_LEVEL_ID, DEMO_ADMIN_ID];
    for (const userId of [...ids, DEMO_UNRELATED_ID]) {
      const identity = { tenantId: CONTOSO_TENANT_ID, userId, name: userId, appRoles: [] };
      callers.set(userId, await resolveCaller(identity, directory, settings));
    }
  });
  afterAll(() => stores.close());

  const kept = async (goalId = SEED_EMPLOYEE_GOAL_ID) =>
    (await listEvidence(deps, as(DEMO_EMPLOYEE_ID), goalId, { limit: 200 })).items;

  it('keeps a message on a goal and lists it newest first', async () => {
    const first = await saveEvidence(deps, as(DEMO_EMPLOYEE_ID), message());
    const second = await saveEvidence(deps, as(DEMO_MANAGER_ID), message({ note: 'Great' }));
    expect(second).toMatchObject({ created: true, goal: { id: SEED_EMPLOYEE_GOAL_ID } });
    expect(second.evidence).toMatchObject({ savedById: DEMO_MANAGER_ID, note: 'Great' });
    const listed = await kept();
    expect(listed.slice(0, 2)).toEqual([second.evidence, first.evidence]);
    expect(listed[1]).toMatchObject({ note: '', authorName: 'Priya Raman' });
  });

  it('keeps the same message on the same goal once, the first save winning', async () => {
    const input = message({ note: 'first' });
    const first = await saveEvidence(deps, as(DEMO_EMPLOYEE_ID), input);
    const again = await saveEvidence(deps, as(DEMO_MANAGER_ID), { ...input, note: 'second' });
    expect(again).toMatchObject({ created: false, evidence: first.evidence });
    expect((await kept()).filter((e) => e.messageId === input.messageId)).toHaveLength(1);
  });

  it('cuts long text to the limit', async () => {
    const { evidence } = await saveEvidence(
      deps,
      as(DEMO_EMPLOYEE_ID),
      message({ text: '😀'.repeat(EVIDENCE_TEXT_MAX_LENGTH + 10) }),
    );
    expect(Array.from(evidence.text)).toHaveLength(EVIDENCE_TEXT_MAX_LENGTH);
    expect(evidence.text.endsWith('😀…')).toBe(true);
  });

  it.each<[string, string, string, string]>([
    [
      'a colleague who cannot see the private goal',
      DEMO_UNRELATED_ID,
      SEED_EMPLOYEE_GOAL_ID,
      'not_found',
    ],
    ['a goal that does not exist', DEMO_EMPLOYEE_ID, 'g-nothing', 'not_found'],
    ['a team goal outside the saver’s chain', DEMO_EMPLOYEE_ID, TEAM_GOAL_ID, 'forbidden'],
    ['an archived goal', DEMO_MANAGER_ID, ARCHIVED_GOAL_ID, 'conflict'],
  ])('refuses to save on %s', async (_case, who, goalId, code) => {
    await expect(saveEvidence(deps, as(who), message({ goalId }))).rejects.toMatchObject({ code });
  });

  it.each<[string, string, 'ok' | 'forbidden' | 'not_found']>([
    ['the owner', DEMO_EMPLOYEE_ID, 'ok'],
    ['the manager', DEMO_MANAGER_ID, 'ok'],
    ['the skip-level manager', DEMO_SKIP_LEVEL_ID, 'ok'],
    ['an admin', DEMO_ADMIN_ID, 'ok'],
    ['an unrelated colleague', DEMO_UNRELATED_ID, 'not_found'],
  ])('%s (%s) reading a private goal’s evidence: %s', async (_who, id, outcome) => {
    const listing = listEvidence(deps, as(id), SEED_EMPLOYEE_GOAL_ID, { limit: 5 });
    if (outcome === 'ok') await expect(listing).resolves.toHaveProperty('items');
    else await expect(listing).rejects.toMatchObject({ code: outcome });
  });

  it('keeps a public goal’s evidence from colleagues who may see the goal', async () => {
    const listing = listEvidence(deps, as(DEMO_UNRELATED_ID), TEAM_GOAL_ID, { limit: 5 });
    await expect(listing).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('removes evidence with its text, and the message can be saved again', async () => {
    const input = message({ text: 'Secret plan', note: 'keep' });
    const { evidence } = await saveEvidence(deps, as(DEMO_EMPLOYEE_ID), input);
    await removeEvidence(deps, as(DEMO_MANAGER_ID), SEED_EMPLOYEE_GOAL_ID, evidence.id);
    expect((await kept()).map((e) => e.id)).not.toContain(evidence.id);
    const stored = await deps.evidence.get(CONTOSO_TENANT_ID, SEED_EMPLOYEE_GOAL_ID, evidence.id);
    expect(JSON.stringify(stored)).not.toMatch(/Secret plan|keep|teams\.microsoft/);
    const removing = removeEvidence(deps, as(DEMO_EMPLOYEE_ID), SEED_EMPLOYEE_GOAL_ID, evidence.id);
    await expect(removing).rejects.toMatchObject({ code: 'not_found' });
    const again = await saveEvidence(deps, as(DEMO_EMPLOYEE_ID), input);
    expect(again).toMatchObject({
      created: true,
      evidence: { id: evidence.id, text: 'Secret plan' },
    });
  });

  it.each<[string, string, string]>([
    ['an unrelated colleague', DEMO_UNRELATED_ID, 'not_found'],
    ['a colleague who sees the team goal', DEMO_EMPLOYEE_ID, 'forbidden'],
  ])('refuses removal by %s', async (_case, who, code) => {
    const goalId = who === DEMO_UNRELATED_ID ? SEED_EMPLOYEE_GOAL_ID : TEAM_GOAL_ID;
    const { evidence } = await saveEvidence(deps, as(DEMO_ADMIN_ID), message({ goalId }));
    await expect(removeEvidence(deps, as(who), goalId, evidence.id)).rejects.toMatchObject({
      code,
    });
  });
});
