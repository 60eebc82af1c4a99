import type { Page } from 'playwright-core';
import { startE2eSession, type E2eSession } from './e2e-session.js';
import { CheckInDialog } from './pages/check-in-dialog.js';
import { GoalEditorPage } from './pages/goal-editor-page.js';
import { SignInPage } from './pages/sign-in-page.js';

const TEAM_GOAL = 'Make the core platform survive a zone outage';
const NEW_GOAL = 'Run 6 zero-downtime failover drills on the payments API';

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The rolled-up percentage the alignment tree shows for a goal, found by search. */
async function alignmentPercent(page: Page, title: string): Promise<string> {
  await page.getByRole('tab', { name: 'Alignment' }).click();
  await page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /Search/ }))
    .first()
    .fill(title);
  const item = page.getByRole('treeitem', { name: new RegExp(title) }).first();
  await item.waitFor();
  const text = (await item.textContent()) ?? '';
  return /(\d+%)/.exec(text)?.[1] ?? '';
}

/** The whole issue-3 journey in real Chromium against the built local host. */
describe('the Goals tab in a real browser', () => {
  let session: E2eSession;
  let employee: Page;
  beforeAll(async () => {
    session = await startE2eSession();
    employee = await session.newTab();
  }, 60_000);
  afterAll(() => session.close());

  let teamProgressBefore = '';

  it('signs in as an employee from the standalone picker', async () => {
    await new SignInPage(employee).signInAs('Arjun Mehta');
    await employee.getByRole('heading', { name: 'My goals' }).waitFor();
    await employee.getByText('Automate regional failover for the orders API').first().waitFor();
    teamProgressBefore = await alignmentPercent(employee, TEAM_GOAL);
    expect(teamProgressBefore).toMatch(/^\d+%$/);
    await employee.getByRole('tab', { name: 'My goals' }).click();
  }, 30_000);

  it('writes a goal aligned to a team goal while the SMART coach gives feedback', async () => {
    await employee.getByRole('button', { name: 'New goal' }).click();
    const editor = new GoalEditorPage(employee);
    await editor.fillTitle('Improve the deploy process');
    await editor
      .coach()
      .getByText('"Improve" describes effort, not a result', { exact: false })
      .waitFor();
    await editor.fillTitle(NEW_GOAL);
    await editor.measureWith('drills', 0, 6);
    await editor.dates(isoDay(0), isoDay(21));
    await editor.alignTo('zone outage', TEAM_GOAL);
    await editor.coach().getByText(`It is aligned to`, { exact: false }).waitFor();
    await editor.create();
    await employee.getByRole('heading', { name: NEW_GOAL }).waitFor();
  }, 30_000);

  it('checks in and sees the new progress at once', async () => {
    await employee.getByRole('button', { name: 'Check in' }).first().click();
    await new CheckInDialog(employee).checkIn(3, 'Drills 1-3 done in staging');
    await employee.getByText('50%').first().waitFor();
  }, 30_000);

  it('sees the progress roll up in the alignment view', async () => {
    expect(await alignmentPercent(employee, NEW_GOAL)).toBe('50%');
    const teamProgressAfter = await alignmentPercent(employee, TEAM_GOAL);
    expect(teamProgressAfter).toMatch(/^\d+%$/);
    expect(teamProgressAfter).not.toBe(teamProgressBefore);
  }, 30_000);

  it("shows the goal on the manager's My team", async () => {
    await new SignInPage(employee).switchPerson('Priya Raman');
    await employee.getByRole('tab', { name: 'My team' }).click();
    await employee.getByText(NEW_GOAL).first().waitFor();
  }, 30_000);

  it('opens the goal a goal link names ({origin}/goals/{id}, what a chat unfurls)', async () => {
    await employee.goto(`${session.host.baseUrl}/goals/g-eng-platform-uptime`);
    await employee.getByRole('heading', { name: TEAM_GOAL }).waitFor();
    expect(new URL(employee.url()).hash).toBe('#/goals/g-eng-platform-uptime');
  }, 30_000);
});

describe('two tabs editing one goal', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startE2eSession();
  }, 60_000);
  afterAll(() => session.close());

  it('tells the second writer what changed and keeps both edits', async () => {
    const [first, second] = [await session.newTab(), await session.newTab({ width: 360 })];
    for (const tab of [first, second]) {
      await new SignInPage(tab).signInAs('Arjun Mehta');
      await tab.goto(`${session.host.baseUrl}/#/goals/g-arjun-failover/edit`);
      await tab.getByRole('button', { name: 'Save changes' }).waitFor();
    }
    const firstEditor = new GoalEditorPage(first);
    await firstEditor.fillTitle('Automate regional failover for the orders and payments APIs');
    await firstEditor.save();
    await first.getByRole('heading', { name: /orders and payments APIs/ }).waitFor();

    await second
      .getByRole('textbox', { name: /Description/ })
      .fill('Quarterly drills, run by the on-call.');
    await new GoalEditorPage(second).save();
    await second.getByText('Someone else changed this goal while you were editing').waitFor();
    expect(await second.getByRole('textbox', { name: 'Title' }).inputValue()).toContain(
      'payments APIs',
    );

    await new GoalEditorPage(second).save();
    await second.getByRole('heading', { name: /orders and payments APIs/ }).waitFor();
    await second.getByText('Quarterly drills, run by the on-call.').first().waitFor();
  }, 60_000);
});
