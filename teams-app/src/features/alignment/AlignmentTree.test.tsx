import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderScreen } from '../../test/render-screen';
import { fakeAlignment } from './alignment-fixture';
import { Alignment } from './Alignment';
import { items, nameOf, parentOf } from './tree-queries';

describe('Alignment tree', () => {
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
});
