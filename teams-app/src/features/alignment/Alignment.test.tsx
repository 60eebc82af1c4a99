import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import {
  emptyAlignment,
  fakeAlignment,
  focusedAlignment,
  fullAlignment,
  TOP_OF_TREE,
} from './alignment-fixture';
import { items } from './tree-queries';
import { Alignment } from './Alignment';

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
    expect(items()).toEqual(TOP_OF_TREE);
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
      // "Hire two SREs" is under "Launch the EU region" too, but not in this answer.
      'Show 1 more goal',
    ]);
    const focused = screen.getAllByRole('treeitem', { name: 'Ship billing v2' });
    expect(focused.map((item) => item.getAttribute('aria-current'))).toEqual(['true', 'true']);
    fireEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(view.navigations).toEqual([{ screen: 'alignment' }]);
  });

  it('says when the focused goal is not in the answer', async () => {
    const api = fakeAlignment(() => Promise.resolve(emptyAlignment()));
    renderScreen(<Alignment focusId="gone" />, { api });
    expect(await screen.findByText('This goal is not here')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show everything' })).toBeTruthy();
    expect(screen.queryByText('No goals in this period yet')).toBeNull();
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
