import type { GoalView, Page } from '@northstar/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { testGoalView } from '../check-in/test-goal-view';
import { MyGoals } from './MyGoals';

// Fluent's portals and axe over a whole dialog are slow in jsdom.
jest.setTimeout(30_000);

/** `YYYY-MM-DD`, `offset` days from today, so "current period" holds whenever this runs. */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const now = { startDate: day(-30), dueDate: day(60) };

const teamGoal = testGoalView({ id: 't-1', title: 'Ship the mobile app', level: 'team' });
const mine = [
  testGoalView({
    id: 'g-1',
    title: 'Grow weekly users',
    ...now,
    parentIds: [{ goalId: 't-1', weight: 1 }],
  }),
  testGoalView({
    id: 'g-2',
    title: 'Cut page load time',
    status: 'at_risk',
    ...now,
    parentIds: [{ goalId: 'gone', weight: 1 }],
  }),
  testGoalView({
    id: 'g-3',
    title: 'Learn Rust',
    level: 'development',
    periodId: 'fy27-q1',
    startDate: day(-200),
    dueDate: day(-100),
  }),
];

function api(overrides: Record<string, unknown> = {}) {
  const reads: string[] = [];
  const fake = {
    listGoals: (): Promise<Page<GoalView>> => Promise.resolve({ items: mine }),
    getGoal: (id: string) => {
      reads.push(id);
      return id === 't-1'
        ? Promise.resolve(teamGoal)
        : Promise.reject(new ApiError(404, { code: 'not_found' }));
    },
    ...overrides,
  };
  return { fake, reads };
}

const progressOf = (title: string) =>
  screen.getByLabelText(new RegExp(`^Progress of ${title}`)).getAttribute('aria-label');

async function pick(filter: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: filter }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('MyGoals', () => {
  it('shows a skeleton while loading', () => {
    renderScreen(<MyGoals />, { api: api({ listGoals: () => pending() }).fake });
    expect(screen.getByRole('status', { name: 'Loading your goals' })).toBeTruthy();
  });

  it('groups the goals by period, links each and names what it rolls up to', async () => {
    const { fake, reads } = api();
    renderScreen(<MyGoals />, { api: fake });
    expect(
      (await screen.findByRole('link', { name: 'Grow weekly users' })).getAttribute('href'),
    ).toBe('#/goals/g-1');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['FY27\u00a0Q2 Current', 'FY27\u00a0Q1']);
    const q2 = screen.getByRole('region', { name: 'FY27\u00a0Q2 Current' });
    expect(
      within(q2)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Cut page load time', 'Grow weekly users']);
    expect(await screen.findByText('Rolls up to Ship the mobile app')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 3 active goals.');
    expect(reads.sort()).toEqual(['gone', 't-1']);
  });

  it('offers a first goal when there is none', async () => {
    const { fake } = api({ listGoals: () => Promise.resolve({ items: [] }) });
    const { navigations } = renderScreen(<MyGoals />, { api: fake });
    fireEvent.click(await screen.findByRole('button', { name: 'Write your first goal' }));
    expect(screen.getByText('You have no active goals yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New goal' }));
    expect(navigations).toEqual([{ screen: 'new-goal' }, { screen: 'new-goal' }]);
  });

  it('says what failed and loads again on retry', async () => {
    let calls = 0;
    const listGoals = () =>
      ++calls === 1
        ? Promise.reject(new ApiError(503, { code: 'upstream_unavailable', detail: 'Down.' }))
        : Promise.resolve({ items: mine });
    renderScreen(<MyGoals />, { api: api({ listGoals }).fake });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your goals could not be loaded.Down.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Learn Rust' })).toBeTruthy();
  });

  it('filters by status and level, and clears filters that leave nothing', async () => {
    renderScreen(<MyGoals />, { api: api().fake });
    await screen.findByRole('link', { name: 'Learn Rust' });
    await pick('Status', 'At risk');
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Cut page load time']);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 goals.');
    await pick('Level', 'Development');
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('No goals match these filters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getAllByRole('link')).toHaveLength(3);
    await pick('Level', 'Development');
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Learn Rust']);
  });

  it('checks in from a card: new value at once, kept once saved', async () => {
    let answer: ((value: unknown) => void) | undefined;
    const checkIn = () => new Promise((resolve) => (answer = resolve));
    renderScreen(<MyGoals />, { api: api({ checkIn }).fake });
    fireEvent.click(await screen.findByRole('button', { name: 'Check in on Grow weekly users' }));
    const value = await screen.findByRole('spinbutton', { name: 'New value (users)' });
    fireEvent.change(value, { target: { value: '800' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(progressOf('Grow weekly users')).toBe(
      'Progress of Grow weekly users: 800 of 1000 users',
    );
    // The server's goal wins (here a later check-in by someone else got there first).
    const saved = { ...mine[0]!, current: 810, progress: 0.81, etag: 'etag-2' };
    act(() => answer?.({ checkIn: { id: 'ci-1' }, goal: saved }));
    expect(await screen.findByText('Checked in.')).toBeTruthy();
    expect(progressOf('Grow weekly users')).toBe(
      'Progress of Grow weekly users: 810 of 1000 users',
    );
  });

  it('rolls a failed check-in back and says why', async () => {
    const checkIn = () =>
      Promise.reject(new ApiError(403, { code: 'forbidden', detail: 'Not yours.' }));
    renderScreen(<MyGoals />, { api: api({ checkIn }).fake });
    fireEvent.click(await screen.findByRole('button', { name: 'Check in on Cut page load time' }));
    fireEvent.change(await screen.findByRole('spinbutton', { name: 'New value (users)' }), {
      target: { value: '900' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    const bar = await screen.findByRole('group', { name: 'Check-in not saved.' });
    expect(bar.textContent).toContain('Not yours.');
    await waitFor(() =>
      expect(progressOf('Cut page load time')).toBe(
        'Progress of Cut page load time: 250 of 1000 users',
      ),
    );
  });

  it.each(THEMES)('passes axe in the %s theme, also with the dialog open', async (_name, theme) => {
    const { container } = renderScreen(<MyGoals />, { api: api().fake, theme });
    await screen.findByText('Rolls up to Ship the mobile app');
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Check in on Learn Rust' }));
    // The dialog is portalled out of the screen's container, so it is checked on its own.
    expect(await axe(await screen.findByRole('dialog'))).toHaveNoViolations();
  });

  it.each(THEMES)('passes axe when empty and on error in the %s theme', async (_name, theme) => {
    const empty = renderScreen(<MyGoals />, {
      api: api({ listGoals: () => Promise.resolve({ items: [] }) }).fake,
      theme,
    });
    await screen.findByText('You have no active goals yet');
    expect(await axe(empty.container)).toHaveNoViolations();
    empty.unmount();
    const failed = renderScreen(<MyGoals />, {
      api: api({ listGoals: () => Promise.reject(new ApiError(0, undefined)) }).fake,
      theme,
    });
    await screen.findByRole('alert');
    expect(await axe(failed.container)).toHaveNoViolations();
  });
});
