import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { testGoalView } from '../check-in/test-goal-view';
import { GoalDetail } from './GoalDetail';
import { detailApi, detailGoal } from './test-detail-api';

// Fluent's portals and axe over whole pages are slow in jsdom.
jest.setTimeout(30_000);

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
const factOf = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('GoalDetail', () => {
  it('shows a skeleton while loading', () => {
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ getGoal: () => pending() }).api });
    expect(screen.getByRole('status', { name: 'Loading the goal' })).toBeTruthy();
  });

  it('shows the goal, its status, owner, dates and metric', async () => {
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi().api });
    await heading('Grow weekly users');
    expect(screen.getByText('On track')).toBeTruthy();
    expect(factOf('Owner')).toBe('Arjun Mehta (you)');
    expect(factOf('Level')).toBe('Individual goal in FY27\u00a0Q2');
    expect(factOf('Dates')).toMatch(/2026 to .*2026/);
    expect(factOf('Metric')).toBe('From 0 to 1000 users');
    expect(factOf('Current')).toBe('250 users (25% of the way)');
    expect(factOf('Last check-in')).toMatch(/2026, confidence 7\/10$/);
    expect(screen.getByLabelText('Progress of Grow weekly users: 250 of 1000 users')).toBeTruthy();
  });

  it.each([
    ['a metric', { current: 250 }, '250 users (25% of the way)'],
    ['no check-in yet', { current: null, progress: 0 }, 'No check-in yet (0% of the way)'],
    ['a percent', { metric: null, current: 40, progress: 0.4 }, '40%'],
    [
      'a percent and feeders',
      { metric: null, current: 40, progress: 0.55 },
      '40% checked in; 55% with the goals that feed it',
    ],
  ])('says the current value with %s', async (_name, change, words) => {
    const goal = { ...detailGoal, ...change };
    renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ getGoal: () => Promise.resolve(goal) }).api,
    });
    await heading('Grow weekly users');
    expect(factOf('Current')).toBe(words);
  });

  it('names an owner from the directory', async () => {
    const other = testGoalView({ id: 'g-1', ownerId: 'li-wei' });
    const person = (id: string) => Promise.resolve({ id, displayName: 'Li Wei' });
    renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ getGoal: () => Promise.resolve(other), person }).api,
    });
    await heading('Goal g-1');
    expect(await screen.findByText('Li Wei')).toBeTruthy();
  });

  it('shows the owner id when the directory cannot name them', async () => {
    const other = testGoalView({ id: 'g-1', ownerId: 'li-wei' });
    const { api, calls } = detailApi({ getGoal: () => Promise.resolve(other) });
    renderScreen(<GoalDetail goalId="g-1" />, { api });
    await heading('Goal g-1');
    expect(calls).toContain('person li-wei');
    expect(factOf('Owner')).toBe('li-wei');
  });

  it('draws value and confidence over time, with the numbers as a table', async () => {
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi().api });
    const value = await screen.findByRole('figure', { name: 'Value over time (users)' });
    // The real LineChart renders inside the figure (jsdom gives it no size to draw paths in).
    expect(value.querySelector('.fui-cart__root')).not.toBeNull();
    const confidence = screen.getByRole('figure', { name: 'Confidence over time' });
    expect(confidence.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check-ins as a table' }));
    const table = screen.getByRole('table', { name: 'Check-ins as a table' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      [expect.stringContaining('2026'), '250', '7/10', '—'],
      [expect.stringContaining('2026'), '100', '5/10', 'Beta opened'],
    ]);
  });

  it('says when there are no check-ins yet', async () => {
    const listCheckIns = () => Promise.resolve({ items: [] });
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ listCheckIns }).api });
    expect(await screen.findByText(/No check-ins yet/)).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('retries check-ins that failed to load, without losing the goal', async () => {
    let calls = 0;
    const listCheckIns = () =>
      ++calls === 1 ? Promise.reject(new ApiError(0, undefined)) : Promise.resolve({ items: [] });
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ listCheckIns }).api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The check-ins could not be loaded.');
    expect(screen.getByRole('heading', { level: 1, name: 'Grow weekly users' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No check-ins yet/)).toBeTruthy();
  });

  it('shows the chain up to the company goal, the goals that feed it and its flags', async () => {
    const { api, calls } = detailApi();
    renderScreen(<GoalDetail goalId="g-1" />, { api });
    const chain = await screen.findByRole('list', { name: 'Chain up to Win the SMB market' });
    const links = within(chain).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Win the SMB market', '#/goals/c-1'],
      ['Ship the mobile app', '#/goals/t-1'],
    ]);
    expect(
      screen.getByRole('link', { name: 'Run the onboarding study' }).getAttribute('href'),
    ).toBe('#/goals/k-1');
    expect(screen.getByText('Due after what it rolls up to')).toBeTruthy();
    expect(screen.getByText('It is due after Ship the mobile app.')).toBeTruthy();
    expect(calls).toContain('alignment g-1 fy27-q2');
  });

  it('retries the alignment when it failed', async () => {
    let calls = 0;
    const alignment = () =>
      ++calls === 1
        ? Promise.reject(new ApiError(503, { code: 'upstream_unavailable', detail: 'Busy.' }))
        : detailApi().api.alignment({ rootId: 'g-1' });
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ alignment }).api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The alignment could not be loaded.Busy.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Ship the mobile app' })).toBeTruthy();
  });

  it('says a goal is not found, with the way back', async () => {
    renderScreen(<GoalDetail goalId="nope" />, { api: detailApi().api });
    await heading('Goal not found');
    expect(screen.getByRole('link', { name: 'Back to My goals' }).getAttribute('href')).toBe(
      '#/goals',
    );
  });

  it('says what failed and loads again on retry', async () => {
    let calls = 0;
    const getGoal = () =>
      ++calls === 1 ? Promise.reject(new ApiError(0, undefined)) : Promise.resolve(detailGoal);
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ getGoal }).api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This goal could not be loaded.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await heading('Grow weekly users');
  });

  it.each(THEMES)('passes axe in the %s theme, ready and not found', async (_name, theme) => {
    const ready = renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi().api, theme });
    await screen.findByRole('link', { name: 'Run the onboarding study' });
    fireEvent.click(screen.getByRole('button', { name: 'Check-ins as a table' }));
    expect(await axe(ready.container)).toHaveNoViolations();
    ready.unmount();
    const missing = renderScreen(<GoalDetail goalId="nope" />, { api: detailApi().api, theme });
    await heading('Goal not found');
    expect(await axe(missing.container)).toHaveNoViolations();
  });
});
