import type { GoalView, Person } from '@northstar/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe, testPerson } from '../../test/render-screen';
import { PersonGoals } from './PersonGoals';
import { testGoalView } from './test-goal-view';

const priya = testPerson({ id: 'priya-raman', displayName: 'Priya Raman', managerId: null });
const lena = testPerson({
  id: 'lena-ito',
  displayName: 'Lena Ito',
  jobTitle: 'Designer',
  department: 'Design',
  managerId: 'priya-raman',
});
const PEOPLE: Record<string, Person> = { 'lena-ito': lena, 'priya-raman': priya };
const GOALS = [
  testGoalView({ id: 'g1', title: 'Redesign onboarding', ownerId: 'lena-ito' }),
  testGoalView({
    id: 'g2',
    title: 'Run five user interviews',
    ownerId: 'lena-ito',
    status: 'stale',
  }),
  testGoalView({
    id: 'g3',
    title: 'Ship the icon set',
    ownerId: 'lena-ito',
    status: 'done',
    progress: 1,
  }),
];

/** A fake API: people from `PEOPLE` (404 otherwise), goals from `goals`, recording calls. */
function fakeApi(
  goals: () => Promise<{ items: GoalView[] }> = () => Promise.resolve({ items: GOALS }),
) {
  const people: string[] = [];
  return {
    people,
    person: (id: string) => {
      people.push(id);
      const found = PEOPLE[id];
      return found ? Promise.resolve(found) : Promise.reject(notFound(id));
    },
    listGoals: goals,
    listKudos: () => Promise.resolve({ items: [] }),
  };
}

const notFound = (id: string) =>
  new ApiError(404, {
    code: 'not_found',
    detail: `There is no person ${id} in your organisation.`,
  });

describe('PersonGoals', () => {
  it('shows a skeleton while the person loads', () => {
    renderScreen(<PersonGoals personId="lena-ito" />, {
      api: { person: () => pending(), listGoals: () => pending(), listKudos: () => pending() },
    });
    expect(screen.getByRole('status', { name: 'Loading this person' })).toBeTruthy();
  });

  it('shows who the person is, with their manager', async () => {
    const api = fakeApi();
    renderScreen(<PersonGoals personId="lena-ito" />, { api });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lena Ito' })).toBeTruthy();
    expect(await screen.findByText('Reports to Priya Raman')).toBeTruthy();
    expect(screen.getByText('Designer')).toBeTruthy();
    expect(screen.getByText('Design')).toBeTruthy();
    expect(api.people).toEqual(['lena-ito', 'priya-raman']);
  });

  it('names me as the manager without asking the API', async () => {
    const me = testMe({ person: priya, roles: ['manager'], directReports: [lena] });
    const api = fakeApi();
    renderScreen(<PersonGoals personId="lena-ito" />, { api, me });
    expect(await screen.findByText('Reports to Priya Raman')).toBeTruthy();
    expect(api.people).toEqual(['lena-ito']);
  });

  it('groups the goals by attention, each card linking to the goal', async () => {
    renderScreen(<PersonGoals personId="lena-ito" />, { api: fakeApi() });
    await screen.findByText('Run five user interviews');
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Needs attention (1)',
      'On track (1)',
      'Done (1)',
      'Kudos',
    ]);
    const attention = screen.getByRole('region', { name: 'Needs attention (1)' });
    const link = within(attention).getByRole('link', { name: 'Run five user interviews' });
    expect(link.getAttribute('href')).toBe('#/goals/g2');
  });

  it('explains an empty list', async () => {
    renderScreen(<PersonGoals personId="lena-ito" />, {
      api: fakeApi(() => Promise.resolve({ items: [] })),
    });
    expect(await screen.findByText('No goals to show')).toBeTruthy();
    expect(screen.getByText('Lena Ito has no goals that you can see yet.')).toBeTruthy();
  });

  it('says clearly when the person does not exist, with a way back to My team', async () => {
    const view = renderScreen(<PersonGoals personId="ghost" />, { api: fakeApi() });
    expect(await screen.findByText('We could not find this person')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Back to My team' }));
    expect(view.navigations).toEqual([{ screen: 'team' }]);
  });

  it('offers a retry when the person fails to load', async () => {
    let calls = 0;
    const api = {
      person: (id: string) =>
        ++calls === 1 ? Promise.reject(new ApiError(0, undefined)) : Promise.resolve(PEOPLE[id]),
      listGoals: () => Promise.resolve({ items: GOALS }),
      listKudos: () => Promise.resolve({ items: [] }),
    };
    renderScreen(<PersonGoals personId="lena-ito" />, { api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be reached/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lena Ito' })).toBeTruthy();
  });

  it('offers a retry when the goals fail to load', async () => {
    let calls = 0;
    const goals = () =>
      ++calls === 1
        ? Promise.reject(new ApiError(503, undefined))
        : Promise.resolve({ items: GOALS });
    renderScreen(<PersonGoals personId="lena-ito" />, { api: fakeApi(goals) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load their goals/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Redesign onboarding')).toBeTruthy();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<PersonGoals personId="lena-ito" />, {
      api: fakeApi(),
      theme,
    });
    await screen.findByText('Reports to Priya Raman');
    await screen.findByText('Redesign onboarding');
    await screen.findByText('No kudos yet');
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(THEMES)('has no axe violations when not found in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<PersonGoals personId="ghost" />, { api: fakeApi(), theme });
    await screen.findByText('We could not find this person');
    expect(await axe(container)).toHaveNoViolations();
  });
});
