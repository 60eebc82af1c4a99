import type { GoalView, MeResponse, Page } from '@northstar/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { GoalListQuery } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe, testPerson } from '../../test/render-screen';
import { MyTeam } from './MyTeam';
import { daysAgo, testGoalView } from './test-goal-view';

const ana = testPerson({ id: 'ana', displayName: 'Ana Lima', managerId: 'arjun-mehta' });
const ben = testPerson({ id: 'ben', displayName: 'Ben Okafor', managerId: 'arjun-mehta' });
const cy = testPerson({ id: 'cy', displayName: 'Cy Park', managerId: 'arjun-mehta' });
const manager: MeResponse = testMe({
  roles: ['employee', 'manager'],
  directReports: [ana, ben, cy],
});

const GOALS: Record<string, GoalView[]> = {
  ana: [testGoalView({ id: 'a1', title: 'Ship search', ownerId: 'ana', progress: 0.5 })],
  ben: [
    testGoalView({
      id: 'b1',
      title: 'Cut p95 latency',
      ownerId: 'ben',
      status: 'stale',
      lastCheckInAt: daysAgo(20.5),
    }),
    testGoalView({ id: 'b2', title: 'Mentor two juniors', ownerId: 'ben', progress: 0.8 }),
  ],
  cy: [
    testGoalView({
      id: 'c1',
      title: 'Close Q3 books',
      ownerId: 'cy',
      status: 'off_track',
      progress: 0.1,
    }),
  ],
};

/** A fake `listGoals` answering from `GOALS`, recording the owners asked for. */
function fakeGoals(fail: (ownerId: string, call: number) => boolean = () => false) {
  const calls: string[] = [];
  const listGoals = (query: GoalListQuery): Promise<Page<GoalView>> => {
    const ownerId = query.ownerId ?? '';
    calls.push(ownerId);
    const call = calls.filter((id) => id === ownerId).length;
    if (fail(ownerId, call)) return Promise.reject(new ApiError(0, undefined));
    return Promise.resolve({ items: GOALS[ownerId] ?? [] });
  };
  return { listGoals, calls };
}

const reportNames = () =>
  within(screen.getByRole('list', { name: 'Direct reports' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('MyTeam', () => {
  it('shows a skeleton while the goals load', () => {
    renderScreen(<MyTeam />, { api: { listGoals: () => pending() }, me: manager });
    expect(screen.getByRole('status', { name: "Loading your team's goals" })).toBeTruthy();
  });

  it('loads each report in parallel and lists those needing attention first', async () => {
    const api = fakeGoals();
    renderScreen(<MyTeam />, { api, me: manager });
    await screen.findByText('Cut p95 latency');
    expect(api.calls.sort()).toEqual(['ana', 'ben', 'cy']);
    expect(reportNames()).toEqual(['Ben Okafor', 'Cy Park', 'Ana Lima']);
    expect(screen.getByText('3 direct reports · 2 need attention')).toBeTruthy();
  });

  it('flags who has not checked in, on the person and on the stale goal', async () => {
    renderScreen(<MyTeam />, { api: fakeGoals(), me: manager });
    const card = await screen.findByRole('group', { name: 'Ben Okafor' });
    expect(within(card).getAllByText('No check-in for 20 days')).toHaveLength(2);
    expect(within(card).getByText('2 active goals · average progress 60%')).toBeTruthy();
    const goals = within(card).getByRole('list', { name: 'Goals of Ben Okafor' });
    const [first] = within(goals).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'Cut p95 latency' })).toBeTruthy();
    expect(within(first!).getByText('No recent check-in')).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'Ana Lima' })).queryByText(/No check-in/),
    ).toBeNull();
  });

  it('keeps the page when one report fails and retries just that person', async () => {
    const api = fakeGoals((ownerId, call) => ownerId === 'cy' && call === 1);
    renderScreen(<MyTeam />, { api, me: manager });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load the goals of Cy Park/);
    expect(screen.getByText('Cut p95 latency')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again for Cy Park' }));
    expect(await screen.findByText('Close Q3 books')).toBeTruthy();
    expect(api.calls.filter((id) => id === 'cy')).toHaveLength(2);
    expect(api.calls.filter((id) => id === 'ben')).toHaveLength(1);
  });

  it('shows one error with retry when every report fails', async () => {
    const api = fakeGoals((_, call) => call === 1);
    renderScreen(<MyTeam />, { api, me: manager });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load your team's goals/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Ship search')).toBeTruthy();
    expect(api.calls).toHaveLength(6);
  });

  it('says so when a report has no goals', async () => {
    const me = testMe({
      roles: ['manager'],
      directReports: [testPerson({ id: 'nobody', displayName: 'No Body' })],
    });
    renderScreen(<MyTeam />, { api: fakeGoals(), me });
    expect(await screen.findByText('No goals yet.')).toBeTruthy();
  });

  it('drills into a person', async () => {
    const view = renderScreen(<MyTeam />, { api: fakeGoals(), me: manager });
    fireEvent.click(await screen.findByRole('link', { name: 'Cy Park' }));
    expect(view.navigations).toEqual([{ screen: 'person', personId: 'cy' }]);
  });

  it('tells someone without reports that they have none', () => {
    const view = renderScreen(<MyTeam />, { api: fakeGoals(), me: testMe() });
    expect(screen.getByText('You have no direct reports')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to my goals' }).getAttribute('href')).toBe(
      '#/goals',
    );
    expect(view.navigations).toEqual([]);
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<MyTeam />, {
      api: fakeGoals((id) => id === 'ana'),
      me: manager,
      theme,
    });
    await screen.findByText('Cut p95 latency');
    await act(() => Promise.resolve());
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(THEMES)('has no axe violations without reports in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<MyTeam />, { api: fakeGoals(), me: testMe(), theme });
    expect(await axe(container)).toHaveNoViolations();
  });
});
