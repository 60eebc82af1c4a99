import type { CreateCheckIn } from '@northstar/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, renderScreen, testMe } from '../../test/render-screen';
import { testCheckIn, testGoalView } from '../check-in/test-goal-view';
import { GoalDetail } from './GoalDetail';
import { detailApi, detailGoal } from './test-detail-api';

// Fluent's portals and axe over whole dialogs are slow in jsdom.
jest.setTimeout(30_000);

const button = (name: string) => screen.getByRole('button', { name });
const ready = () => screen.findByRole('link', { name: 'Run the onboarding study' });
const currentFact = () =>
  screen.getByText('Current', { selector: 'dt' }).nextElementSibling?.textContent;

describe('GoalDetail actions', () => {
  it('offers no actions to someone who may not change the goal', async () => {
    const other = testGoalView({ id: 'g-1', ownerId: 'li-wei', title: 'Not mine' });
    renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ getGoal: () => Promise.resolve(other) }).api,
    });
    await screen.findByRole('heading', { level: 1, name: 'Not mine' });
    expect(screen.queryByRole('button', { name: 'Check in' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
  });

  it('says an archived goal is archived and offers no actions', async () => {
    const archived = { ...detailGoal, state: 'archived' as const };
    renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ getGoal: () => Promise.resolve(archived) }).api,
    });
    expect(await screen.findByText(/This goal is archived/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('edits the goal in the editor', async () => {
    const { navigations } = renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi().api });
    await ready();
    fireEvent.click(button('Edit'));
    expect(navigations).toEqual([{ screen: 'edit-goal', goalId: 'g-1' }]);
  });

  it('checks in: the facts change at once, the history grows once saved', async () => {
    let answer: ((value: unknown) => void) | undefined;
    const checkIn = (_id: string, body: CreateCheckIn) =>
      new Promise((resolve) => {
        answer = () =>
          resolve({
            checkIn: testCheckIn({
              id: 'ci-3',
              value: body.value,
              createdAt: '2026-11-20T09:00:00.000Z',
            }),
            goal: { ...detailGoal, current: body.value, progress: 0.7, etag: 'etag-2' },
          });
      });
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ checkIn }).api });
    await ready();
    fireEvent.click(button('Check in'));
    fireEvent.change(await screen.findByLabelText('New value (users)'), {
      target: { value: '700' },
    });
    fireEvent.click(button('Save check-in'));
    expect(currentFact()).toBe('700 users (70% of the way)');
    act(() => answer?.(undefined));
    expect(await screen.findByText('Checked in.')).toBeTruthy();
    fireEvent.click(button('Check-ins as a table'));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });

  it('rolls a failed check-in back, says why and reads the goal again', async () => {
    const { api, calls } = detailApi({
      checkIn: () =>
        Promise.reject(new ApiError(409, { code: 'conflict', detail: 'It is archived.' })),
    });
    renderScreen(<GoalDetail goalId="g-1" />, { api });
    await ready();
    fireEvent.click(button('Check in'));
    fireEvent.click(await screen.findByRole('switch', { name: /Mark as done/ }));
    fireEvent.click(button('Save check-in'));
    const bar = await screen.findByRole('group', { name: 'Check-in not saved.' });
    expect(bar.textContent).toContain('It is archived.');
    await waitFor(() => expect(calls.filter((c) => c === 'getGoal g-1')).toHaveLength(2));
    expect(currentFact()).toBe('250 users (25% of the way)');
  });

  it('archives after asking, then goes to My goals', async () => {
    const archived: string[] = [];
    const archiveGoal = (id: string, etag: string) => {
      archived.push(`${id} ${etag}`);
      return Promise.resolve({ ...detailGoal, state: 'archived' });
    };
    const { navigations } = renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ archiveGoal }).api,
    });
    await ready();
    fireEvent.click(button('Archive'));
    const dialog = screen.getByRole('alertdialog', { name: 'Archive “Grow weekly users”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(navigations).toEqual([{ screen: 'my-goals' }]));
    expect(archived).toEqual(['g-1 etag-1']);
  });

  it('cancels an archive without calling the API', async () => {
    const archived: string[] = [];
    const archiveGoal = (id: string) => {
      archived.push(id);
      return Promise.resolve(detailGoal);
    };
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi({ archiveGoal }).api });
    await ready();
    fireEvent.click(button('Archive'));
    fireEvent.click(button('Cancel'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(archived).toEqual([]);
  });

  it('on 412 reloads the goal and says what changed instead of archiving', async () => {
    const renamed = { ...detailGoal, title: 'Grow weekly active users', etag: 'etag-2' };
    let reads = 0;
    const getGoal = () => Promise.resolve(++reads === 1 ? detailGoal : renamed);
    const archiveGoal = () => Promise.reject(new ApiError(412, { code: 'precondition_failed' }));
    const { navigations } = renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ getGoal, archiveGoal }).api,
    });
    await ready();
    fireEvent.click(button('Archive'));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Archive' }),
    );
    const bar = await screen.findByRole('group', { name: 'This goal changed.' });
    expect(bar.textContent).toContain('(the title)');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Grow weekly active users');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(navigations).toEqual([]);
  });

  it('keeps the archive dialog open with the message when archiving fails', async () => {
    const archiveGoal = () =>
      Promise.reject(new ApiError(403, { code: 'forbidden', detail: 'Not yours.' }));
    renderScreen(<GoalDetail goalId="g-1" />, {
      api: detailApi({ archiveGoal }).api,
      me: testMe(),
    });
    await ready();
    fireEvent.click(button('Archive'));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await within(dialog).findByText('Not yours.', { exact: false })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Archive' })).toBeTruthy();
  });

  it.each(THEMES)('passes axe with each dialog open in the %s theme', async (_name, theme) => {
    // One render per dialog: after axe's async run, Fluent's focus trap (tabster) marks the open
    // dialog aria-hidden in jsdom, so later queries by role would miss it.
    const first = renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi().api, theme });
    await ready();
    fireEvent.click(button('Check in'));
    expect(await axe(await screen.findByRole('dialog'))).toHaveNoViolations();
    first.unmount();
    renderScreen(<GoalDetail goalId="g-1" />, { api: detailApi().api, theme });
    await ready();
    fireEvent.click(button('Archive'));
    expect(await axe(screen.getByRole('alertdialog'))).toHaveNoViolations();
  });
});
