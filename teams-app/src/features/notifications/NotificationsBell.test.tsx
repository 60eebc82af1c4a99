import type { NotificationView, Page, ReminderRunSummary } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { NotificationsBell } from './NotificationsBell';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const KUDOS: NotificationView = {
  id: 'n-2',
  kind: 'kudos_received',
  text: 'Priya Raman gave you kudos for One team.',
  createdAt: ago(1),
};
const STALE: NotificationView = {
  id: 'n-1',
  kind: 'stale',
  text: '“Ship the app” has had no check-in for 22 days.',
  goalId: 'g-7',
  createdAt: ago(26),
};
const DIGEST: NotificationView = {
  id: 'n-0',
  kind: 'digest',
  text: '2 more updates from Northstar this week.',
  items: ['Time to check in on “A”.', 'Time to check in on “B”.'],
  createdAt: ago(24 * 8),
};
const SUMMARY: ReminderRunSummary = {
  considered: 41,
  sent: 2,
  digests: 0,
  deferred: 0,
  skipped: 0,
  failures: 0,
  outsideWorkingHours: 14,
  unknownTimeZones: 0,
};

type Load = (query: { cursor?: string }) => Promise<Page<NotificationView>>;
const page =
  (items: NotificationView[], nextCursor?: string): Load =>
  () =>
    Promise.resolve(nextCursor === undefined ? { items } : { items, nextCursor });

/** A fake API answering list calls with `loads` in turn (the last one for ever). */
function fakeApi(
  loads: Load[],
  run: () => Promise<ReminderRunSummary> = () => Promise.resolve(SUMMARY),
) {
  const calls = { lists: [] as { cursor?: string }[], runs: 0 };
  const api = {
    listNotifications: (query: { cursor?: string } = {}) => {
      calls.lists.push(query);
      const load = loads[Math.min(calls.lists.length, loads.length) - 1];
      return load ? load(query) : pending<Page<NotificationView>>();
    },
    runRemindersNow: () => {
      calls.runs += 1;
      return run();
    },
  };
  return { api, calls };
}

/** Renders the bell and opens it. */
async function openBell(loads: Load[], run?: () => Promise<ReminderRunSummary>) {
  const fake = fakeApi(loads, run);
  const view = renderScreen(<NotificationsBell />, { api: fake.api });
  fireEvent.click(screen.getByRole('button', { name: 'Notifications' }));
  // The panel is lazy: its first import can take a while on a busy machine.
  await screen.findByRole('heading', { name: 'Notifications' }, { timeout: 5000 });
  return { ...fake, view };
}

describe('NotificationsBell', () => {
  // Loads the lazy panel's module once, so no test waits for its first import.
  beforeAll(() => import('./NotificationsPanel'));

  it('is one labelled button until opened', () => {
    const { api } = fakeApi([page([KUDOS])]);
    renderScreen(<NotificationsBell />, { api });
    expect(screen.getByRole('button', { name: 'Notifications' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Notifications' })).toBeNull();
  });

  it('shows a skeleton while the notifications load', async () => {
    await openBell([() => pending()]);
    expect(screen.getByRole('status', { name: 'Loading notifications' })).toBeTruthy();
  });

  it('lists each notification with when it came and a link to its goal, newest first', async () => {
    await openBell([page([KUDOS, STALE, DIGEST])]);
    const list = await screen.findByRole('list', { name: 'Notifications' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '1 hour ago',
      'yesterday',
      'last week',
    ]);
    expect(items[0]?.textContent).toContain(KUDOS.text);
    const link = within(items[1] as HTMLElement).getByRole('link', { name: 'Open the goal' });
    expect(link.getAttribute('href')).toBe('#/goals/g-7');
    expect(within(items[2] as HTMLElement).getByText('Time to check in on “B”.')).toBeTruthy();
  });

  it('closes when a goal link is followed', async () => {
    await openBell([page([STALE])]);
    fireEvent.click(await screen.findByRole('link', { name: 'Open the goal' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Notifications' })).toBeNull(),
    );
  });

  it('says when there are none yet', async () => {
    await openBell([page([])]);
    expect(await screen.findByText('No notifications yet')).toBeTruthy();
  });

  it('offers a retry when they fail to load', async () => {
    const failed: Load = () => Promise.reject(new ApiError(503, { detail: 'Try later.' }));
    const { calls } = await openBell([failed, page([KUDOS])]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load your notifications');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(KUDOS.text)).toBeTruthy();
    expect(calls.lists).toHaveLength(2);
  });

  it('appends older notifications on demand', async () => {
    const { calls } = await openBell([page([KUDOS], 'c-1'), page([STALE])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Show older notifications' }));
    expect(await screen.findByText(STALE.text)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).toBeNull();
    expect(calls.lists.map((c) => c.cursor)).toEqual([undefined, 'c-1']);
  });

  it('runs the reminders now, says what they did in words and reloads the list', async () => {
    const { calls } = await openBell([page([]), page([KUDOS])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Run reminders now' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Reminder run' }).textContent).toBe(
        'Sent 2 reminders. 14 of 41 people are outside their working hours right now.',
      ),
    );
    expect(await screen.findByText(KUDOS.text)).toBeTruthy();
    expect([calls.runs, calls.lists.length]).toEqual([1, 2]);
  });

  it('says why the reminders did not run', async () => {
    const refused = () =>
      Promise.reject(new ApiError(403, { detail: 'Not in this organisation.' }));
    await openBell([page([])], refused);
    fireEvent.click(await screen.findByRole('button', { name: 'Run reminders now' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Reminders did not run: /);
  });

  it('is reached and left with the keyboard', async () => {
    await openBell([page([KUDOS])]);
    const surface = await screen.findByRole('dialog', { name: 'Notifications' });
    fireEvent.keyDown(surface, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it.each(THEMES)('passes axe open, with notifications, in the %s theme', async (_name, theme) => {
    const { api } = fakeApi([page([KUDOS, STALE, DIGEST], 'c-1')]);
    const { baseElement } = renderScreen(<NotificationsBell />, { api, theme });
    fireEvent.click(screen.getByRole('button', { name: 'Notifications' }));
    await screen.findByText(DIGEST.text, {}, { timeout: 5000 });
    expect(await axe(baseElement)).toHaveNoViolations();
  });
});
