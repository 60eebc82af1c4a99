import type { Page, ReviewCycle, ReviewView } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe, testPerson } from '../../test/render-screen';
import { Reviews } from './Reviews';
import { testCycle, testReview } from './test-review';

const ana = testPerson({ id: 'ana', displayName: 'Ana Lima', managerId: 'arjun-mehta' });
const manager = testMe({ roles: ['employee', 'manager'], directReports: [ana] });
const admin = testMe({ roles: ['employee', 'admin'] });
const AT = '2026-11-05T09:00:00.000Z';
const teamReview = testReview({
  id: 'r-ana',
  revieweeId: 'ana',
  reviewerId: 'arjun-mehta',
  self: { answers: {}, submittedAt: '2026-11-05T09:00:00.000Z' },
  manager: { answers: {}, submittedAt: null },
  viewerRole: 'reviewer',
  allowedActions: ['save_manager', 'submit_manager'],
});

function fakeApi(reviews: ReviewView[], cycles: ReviewCycle[] = [testCycle()]) {
  return {
    listReviews: (): Promise<Page<ReviewView>> => Promise.resolve({ items: reviews }),
    listCycles: () => Promise.resolve(cycles),
  };
}

describe('Reviews', () => {
  it('shows a skeleton while reviews load', () => {
    renderScreen(<Reviews />, { api: { listReviews: pending, listCycles: pending } });
    expect(screen.getByRole('status', { name: 'Loading reviews' })).toBeTruthy();
  });

  it('explains an empty list and hides the team and cycles sections from employees', async () => {
    renderScreen(<Reviews />, { api: fakeApi([]) });
    expect(await screen.findByText('No reviews for you yet')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: "My team's reviews" })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Cycles' })).toBeNull();
  });

  it('shows an error and loads again on retry', async () => {
    let calls = 0;
    const api = {
      ...fakeApi([testReview()]),
      listReviews: () =>
        ++calls === 1
          ? Promise.reject(new ApiError(0, undefined))
          : Promise.resolve({ items: [testReview()] }),
    };
    renderScreen(<Reviews />, { api });
    expect((await screen.findByRole('alert')).textContent).toContain('could not be reached');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const mine = await screen.findByRole('list', { name: 'My reviews' });
    expect(within(mine).getByRole('link').textContent).toContain('You — FY27 H1 review');
    expect(mine.textContent).toContain('Write and submit your self review.');
  });

  it("shows a manager where each report's self and manager review stand", async () => {
    renderScreen(<Reviews />, { api: fakeApi([testReview(), teamReview]), me: manager });
    const team = await screen.findByRole('list', { name: "My team's reviews in FY27 H1 review" });
    expect(within(team).getByRole('link').getAttribute('href')).toBe('#/reviews/r-ana');
    expect(team.textContent).toContain('Ana Lima');
    const facts = within(team)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(facts).toEqual(['Submitted', 'Not started', 'Not released']);
    const group = screen.getByRole('region', { name: 'FY27 H1 review' });
    expect(within(group).getByText('1 review: Self submitted 1')).toBeTruthy();
  });

  it.each<[string, Parameters<typeof testReview>[0], string[]]>([
    ['a hidden self draft', { self: null }, ['Not submitted', 'Not started', 'Not released']],
    [
      'a reopened self review and a manager draft',
      {
        self: null,
        selfReopenedAt: AT,
        manager: { answers: { impact: { rating: 3 } }, submittedAt: null },
      },
      ['Reopened', 'Draft', 'Not released'],
    ],
    [
      'an acknowledged review',
      { released: true, acknowledgedAt: AT, manager: { answers: {}, submittedAt: AT } },
      ['Submitted', 'Submitted', 'Acknowledged'],
    ],
  ])('reads %s for the manager', async (_, overrides, facts) => {
    const review = { ...teamReview, ...overrides };
    renderScreen(<Reviews />, { api: fakeApi([review]), me: manager });
    const team = await screen.findByRole('list', { name: "My team's reviews in FY27 H1 review" });
    expect(
      within(team)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(facts);
  });

  it('reads every page of reviews and looks up a reviewee who is no longer a report', async () => {
    const moved = { ...teamReview, id: 'r-moved', revieweeId: 'ben' };
    const pages: Page<ReviewView>[] = [{ items: [], nextCursor: 'p2' }, { items: [moved] }];
    const listReviews = (q: { cursor?: string }) => Promise.resolve(pages[q.cursor ? 1 : 0]);
    const person = (id: string) => Promise.resolve(testPerson({ id, displayName: 'Ben Okafor' }));
    renderScreen(<Reviews />, { api: { ...fakeApi([]), listReviews, person }, me: manager });
    const team = await screen.findByRole('list', { name: "My team's reviews in FY27 H1 review" });
    await waitFor(() => expect(team.textContent).toContain('Ben Okafor'));
  });

  it('lists the cycles for an admin, each a link to its page', async () => {
    const draft = testCycle({ id: 'c-2', name: 'FY27 H2 review', state: 'draft' });
    renderScreen(<Reviews />, { api: fakeApi([], [testCycle(), draft]), me: admin });
    const cycles = await screen.findByRole('list', { name: 'Cycles' });
    const link = within(cycles).getByRole('link', { name: 'FY27 H2 review' });
    expect(link.getAttribute('href')).toBe('#/reviews/cycles/c-2');
    expect(cycles.textContent).toContain('Draft');
    expect(cycles.textContent).toContain('Everyone');
  });

  it('puts a create-cycle field error next to its field', async () => {
    const problem = { errors: [{ field: 'body.name', message: 'Too short' }] };
    const createCycle = () => Promise.reject(new ApiError(400, problem as never));
    renderScreen(<Reviews />, { api: { ...fakeApi([]), createCycle }, me: admin });
    const form = await screen.findByRole('form', { name: 'New cycle' });
    fireEvent.click(within(form).getByRole('button', { name: 'Create cycle' }));
    await waitFor(() => expect(within(form).getByText('Too short')).toBeTruthy());
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const api = fakeApi([testReview(), teamReview]);
    const { container } = renderScreen(<Reviews />, {
      api,
      me: { ...manager, roles: ['manager', 'admin'] },
      theme,
    });
    await screen.findByRole('list', { name: 'Cycles' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
