import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe } from '../../test/render-screen';
import { KudosSection } from './KudosSection';
import { LENA, kudosApi, testKudos } from './test-kudos';

const KUDOS = [
  testKudos({
    id: 'k-2',
    giverId: 'ana-ruiz',
    value: 'Own the outcome',
    message: 'Great launch!',
    goal: { id: 'g-7', title: 'Launch the app' },
  }),
  testKudos({ createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString() }),
];
const page =
  (items = KUDOS, nextCursor?: string) =>
  () =>
    Promise.resolve(nextCursor === undefined ? { items } : { items, nextCursor });

describe('KudosSection', () => {
  it('shows a skeleton while the kudos load', () => {
    renderScreen(<KudosSection person={LENA} />, { api: kudosApi([() => pending()]).api });
    expect(screen.getByRole('status', { name: 'Loading kudos' })).toBeTruthy();
  });

  it('says when there are no kudos yet', async () => {
    renderScreen(<KudosSection person={LENA} />, { api: kudosApi([page([])]).api });
    expect(await screen.findByText('No kudos yet')).toBeTruthy();
    expect(screen.getByText('Nobody has thanked Lena Ito here so far.')).toBeTruthy();
  });

  it('lists each kudos with its giver, value, message, date and goal, newest first', async () => {
    const view = renderScreen(<KudosSection person={LENA} />, { api: kudosApi([page()]).api });
    const list = await screen.findByRole('list', { name: 'Kudos for Lena Ito' });
    expect(await within(list).findByText('Sam Li')).toBeTruthy();
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toMatch(/^Ana Ruiz\s*Own the outcome\s*1 hour ago\s*Great launch!/);
    expect(second?.querySelector('time')?.textContent).toBe('3 days ago');
    fireEvent.click(within(list).getByRole('link', { name: 'For the goal: Launch the app' }));
    expect(view.navigations).toEqual([{ screen: 'goal', goalId: 'g-7' }]);
  });

  it('loads the next page on "Show more kudos"', async () => {
    const more = testKudos({ id: 'k-0', message: 'Welcome aboard!' });
    const { api, calls } = kudosApi([page(KUDOS, 'c-1'), page([more])]);
    renderScreen(<KudosSection person={LENA} />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Show more kudos' }));
    expect(await screen.findByText('Welcome aboard!')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more kudos' })).toBeNull();
    expect(calls.lists.map((c) => c.cursor)).toEqual([undefined, 'c-1']);
  });

  it('offers a retry when the kudos fail to load', async () => {
    const failed = () => Promise.reject(new ApiError(503, { detail: 'Try later.' }));
    renderScreen(<KudosSection person={LENA} />, { api: kudosApi([failed, page()]).api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load the kudos.*Try later\./);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Great launch!')).toBeTruthy();
  });

  it('lets anyone but the person give kudos, from a keyboard-reachable button', async () => {
    renderScreen(<KudosSection person={LENA} />, { api: kudosApi([page()]).api });
    const give = await screen.findByRole('button', { name: 'Give kudos' });
    give.focus();
    expect(document.activeElement).toBe(give);
  });

  it('offers no "Give kudos" on my own profile', async () => {
    const me = testMe({ person: LENA });
    renderScreen(<KudosSection person={LENA} />, { api: kudosApi([page()]).api, me });
    await screen.findByText('Great launch!');
    expect(screen.queryByRole('button', { name: 'Give kudos' })).toBeNull();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_name, theme) => {
    const { container } = renderScreen(<KudosSection person={LENA} />, {
      api: kudosApi([page(KUDOS, 'c-1')]).api,
      theme,
    });
    await screen.findByText('Sam Li');
    expect(await axe(container)).toHaveNoViolations();
  });
});
