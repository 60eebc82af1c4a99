import type { AlignmentResponse } from '@northstar/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { emptyAlignment, focusedAlignment, fullAlignment } from './alignment-fixture';
import { Alignment } from './Alignment';

/** A fake `alignment` answering `answer`, recording each query. */
function fakeAlignment(
  answer: () => Promise<AlignmentResponse> = () => Promise.resolve(fullAlignment()),
) {
  const queries: unknown[] = [];
  return {
    queries,
    alignment: (query: unknown) => {
      queries.push(query);
      return answer();
    },
  };
}

const items = () => screen.getAllByRole('treeitem').map((item) => nameOf(item));
const nameOf = (item: HTMLElement) =>
  document.getElementById(item.getAttribute('aria-labelledby') ?? '')?.textContent;
/** The item a tree item sits under, or null at the top. */
const parentOf = (item: HTMLElement) =>
  item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? null;

describe('Alignment', () => {
  it('shows a skeleton while loading', () => {
    renderScreen(<Alignment />, { api: { alignment: () => pending() } });
    expect(screen.getByRole('status', { name: 'Loading the alignment' })).toBeTruthy();
  });

  it('shows the coverage and the top of the tree, company goals first', async () => {
    const api = fakeAlignment();
    renderScreen(<Alignment />, { api });
    await screen.findByRole('tree', { name: 'Goal alignment' });
    expect(api.queries).toEqual([{}]);
    expect(screen.getByText('FY27 Q1')).toBeTruthy();
    const sentence = '2 of 3 individual goals (67%) ladder up to a company goal';
    expect(screen.getByRole('progressbar', { name: sentence })).toBeTruthy();
    expect(items()).toEqual([
      'Delight customers',
      'Improve support NPS',
      'Grow revenue 20%',
      'Launch the EU region',
      'Write the onboarding guide',
    ]);
  });

  it('shows a goal with two parents under each parent', async () => {
    renderScreen(<Alignment />, { api: fakeAlignment() });
    fireEvent.click(await screen.findByRole('button', { name: 'Expand all' }));
    const billing = screen.getAllByRole('treeitem', { name: 'Ship billing v2' });
    expect(billing.map((item) => nameOf(parentOf(item)!))).toEqual([
      'Improve support NPS',
      'Launch the EU region',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(items()).toEqual([
      'Delight customers',
      'Grow revenue 20%',
      'Write the onboarding guide',
    ]);
  });

  it('expands and collapses with the arrow keys', async () => {
    renderScreen(<Alignment />, { api: fakeAlignment() });
    const team = await screen.findByRole('treeitem', { name: 'Launch the EU region' });
    expect(team.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(team, { key: 'ArrowRight' });
    expect(team.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('treeitem', { name: 'Hire two SREs' })).toBeTruthy();
    fireEvent.keyDown(team, { key: 'ArrowLeft' });
    expect(team.getAttribute('aria-expanded')).toBe('false');
    const top = screen.getByRole('treeitem', { name: 'Delight customers' });
    act(() => top.focus());
    fireEvent.keyDown(top, { key: 'ArrowDown' });
    expect(nameOf(document.activeElement as HTMLElement)).toBe('Improve support NPS');
  });

  it('puts health flags in words, on screen and in the item description', async () => {
    renderScreen(<Alignment />, { api: fakeAlignment() });
    const orphan = await screen.findByRole('treeitem', {
      name: 'Write the onboarding guide',
      description: /Not aligned: It is not aligned to a team or company goal\./,
    });
    expect(orphan.getAttribute('aria-describedby')).toBeTruthy();
    const flags = within(orphan).getByRole('list', {
      name: 'Health flags of Write the onboarding guide',
    });
    expect(within(flags).getByText('No recent check-in')).toBeTruthy();
    expect(within(flags).getByText(/Last check-in 20 days ago/)).toBeTruthy();
  });

  it('filters by title and keeps the ancestors of a match open', async () => {
    renderScreen(<Alignment />, { api: fakeAlignment() });
    const search = await screen.findByRole('searchbox', { name: 'Search goals by title' });
    fireEvent.change(search, { target: { value: 'billing' } });
    expect(items()).toEqual([
      'Delight customers',
      'Improve support NPS',
      'Ship billing v2',
      'Grow revenue 20%',
      'Launch the EU region',
      'Ship billing v2',
    ]);
    const parent = screen.getByRole('treeitem', { name: 'Launch the EU region' });
    expect(parent.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('1 goal matches "billing".')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'zebra' } });
    expect(screen.getByText('No goals match your search')).toBeTruthy();
    expect(screen.queryByRole('tree')).toBeNull();
  });

  it('lets each item focus its chain or open the goal', async () => {
    const view = renderScreen(<Alignment />, { api: fakeAlignment() });
    const item = await screen.findByRole('treeitem', { name: 'Launch the EU region' });
    fireEvent.focus(item);
    const open = within(item).getByRole('link', { name: 'Open Launch the EU region' });
    expect(open.getAttribute('href')).toBe('#/goals/t1');
    fireEvent.click(
      within(item).getByRole('button', { name: 'Focus on the chain of Launch the EU region' }),
    );
    expect(view.navigations).toEqual([{ screen: 'alignment', focusId: 't1' }]);
  });

  it('in focus mode asks for the chain and shows it up to the company goal', async () => {
    const api = fakeAlignment(() => Promise.resolve(focusedAlignment()));
    const view = renderScreen(<Alignment focusId="i1" />, { api });
    expect(
      await screen.findByText(
        'In this chain, 1 of 1 individual goal (100%) ladders up to a company goal',
      ),
    ).toBeTruthy();
    expect(api.queries).toEqual([{ rootId: 'i1' }]);
    expect(screen.getByText(/Showing the chain of/).textContent).toMatch(/Ship billing v2/);
    expect(items()).toEqual([
      'Delight customers',
      'Improve support NPS',
      'Ship billing v2',
      'Grow revenue 20%',
      'Launch the EU region',
      'Ship billing v2',
    ]);
    const focused = screen.getAllByRole('treeitem', { name: 'Ship billing v2' });
    expect(focused.map((item) => item.getAttribute('aria-current'))).toEqual(['true', 'true']);
    fireEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(view.navigations).toEqual([{ screen: 'alignment' }]);
  });

  it('says when a period has no goals yet', async () => {
    renderScreen(<Alignment />, { api: fakeAlignment(() => Promise.resolve(emptyAlignment())) });
    expect(await screen.findByText('No goals in this period yet')).toBeTruthy();
    expect(screen.queryByRole('tree')).toBeNull();
  });

  it('offers a retry when loading fails', async () => {
    let calls = 0;
    const api = fakeAlignment(() =>
      ++calls === 1
        ? Promise.reject(new ApiError(503, undefined))
        : Promise.resolve(fullAlignment()),
    );
    renderScreen(<Alignment />, { api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load the alignment/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('tree', { name: 'Goal alignment' })).toBeTruthy();
    expect(api.queries).toHaveLength(2);
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<Alignment focusId="i1" />, {
      api: fakeAlignment(),
      theme,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Expand all' }));
    fireEvent.focus(screen.getByRole('treeitem', { name: 'Hire two SREs' }));
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(THEMES)('has no axe violations when empty in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<Alignment />, {
      api: fakeAlignment(() => Promise.resolve(emptyAlignment())),
      theme,
    });
    await screen.findByText('No goals in this period yet');
    expect(await axe(container)).toHaveNoViolations();
  });
});
