import type { AlignmentResponse } from '@northstar/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, renderScreen } from '../../test/render-screen';
import {
  fakeAlignment,
  focusedAlignment,
  fullAlignment,
  partialAlignment,
  subtreeOfT1,
  TOP_OF_TREE,
} from './alignment-fixture';
import { Alignment } from './Alignment';
import { items, nameOf } from './tree-queries';

/** The first answer at once; each later one (a subtree) when the test settles it. */
function partialApi(first: () => AlignmentResponse = partialAlignment) {
  const waiting: { resolve: (answer: AlignmentResponse) => void; reject: (e: unknown) => void }[] =
    [];
  let calls = 0;
  const api = fakeAlignment(() =>
    ++calls === 1
      ? Promise.resolve(first())
      : new Promise<AlignmentResponse>((resolve, reject) => waiting.push({ resolve, reject })),
  );
  /** Settles the oldest waiting request with `answer` (an Error rejects it). */
  const settle = (answer: AlignmentResponse | Error) =>
    act(async () => {
      const next = waiting.shift();
      if (answer instanceof Error) next?.reject(answer);
      else next?.resolve(answer);
      await Promise.resolve();
    });
  return { api, settle };
}

const T1_QUERY = { rootId: 't1', period: 'fy27-q1' };
const team = () => screen.getByRole('treeitem', { name: 'Launch the EU region' });
const under = (item: HTMLElement) => within(item).getAllByRole('treeitem').map(nameOf);

describe('Alignment with a partial answer', () => {
  it('shows a goal whose children were left out as a closed branch, and asks nothing more', async () => {
    const { api } = partialApi();
    renderScreen(<Alignment />, { api });
    await screen.findByRole('tree', { name: 'Goal alignment' });
    expect(items()).toEqual(TOP_OF_TREE);
    expect(team().getAttribute('aria-expanded')).toBe('false');
    expect(api.queries).toEqual([{}]);
  });

  it('loads the children once when the goal is opened, and keeps them', async () => {
    const { api, settle } = partialApi();
    renderScreen(<Alignment />, { api });
    fireEvent.click(await screen.findByRole('treeitem', { name: 'Launch the EU region' }));
    const loading = within(team()).getByRole('treeitem', { name: 'Loading goals…' });
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(within(loading).getByRole('status')).toBeTruthy();
    fireEvent.click(team());
    fireEvent.click(team());
    expect(api.queries).toEqual([{}, T1_QUERY]);
    await settle(subtreeOfT1());
    expect(team().getAttribute('aria-expanded')).toBe('true');
    expect(under(team())).toEqual(['Hire two SREs', 'Ship billing v2']);
    fireEvent.click(team());
    fireEvent.click(team());
    expect(under(team())).toEqual(['Hire two SREs', 'Ship billing v2']);
    expect(api.queries).toHaveLength(2);
  });

  it('says when loading failed and tries again on Retry', async () => {
    const { api, settle } = partialApi();
    renderScreen(<Alignment />, { api });
    fireEvent.click(await screen.findByRole('treeitem', { name: 'Launch the EU region' }));
    await settle(new ApiError(503, undefined));
    const failed = within(team()).getByRole('treeitem', {
      name: 'We could not load the goals below Launch the EU region.',
    });
    fireEvent.click(within(failed).getByRole('button', { name: 'Retry' }));
    expect(api.queries).toEqual([{}, T1_QUERY, T1_QUERY]);
    expect(nameOf(document.activeElement as HTMLElement)).toBe('Loading goals…');
    await settle(subtreeOfT1());
    expect(under(team())).toEqual(['Hire two SREs', 'Ship billing v2']);
  });

  it.each(['ArrowRight', 'Enter'])('opens and loads with %s', async (key) => {
    const { api, settle } = partialApi();
    renderScreen(<Alignment />, { api });
    const item = await screen.findByRole('treeitem', { name: 'Launch the EU region' });
    act(() => item.focus());
    fireEvent.keyDown(item, { key });
    expect(item.getAttribute('aria-expanded')).toBe('true');
    expect(api.queries).toEqual([{}, T1_QUERY]);
    await settle(subtreeOfT1());
    expect(under(team())).toEqual(['Hire two SREs', 'Ship billing v2']);
  });

  it('asks nothing when an opened goal has all its children', async () => {
    const { api } = partialApi(fullAlignment);
    renderScreen(<Alignment />, { api });
    fireEvent.click(await screen.findByRole('treeitem', { name: 'Launch the EU region' }));
    expect(under(team())).toEqual(['Hire two SREs', 'Ship billing v2']);
    expect(api.queries).toEqual([{}]);
  });

  it('says when even the subtree could not hold the children', async () => {
    const { api, settle } = partialApi();
    renderScreen(<Alignment />, { api });
    fireEvent.click(await screen.findByRole('treeitem', { name: 'Launch the EU region' }));
    const short = partialAlignment().nodes.filter((n) => ['c1', 't1'].includes(n.goal.id));
    await settle({ ...subtreeOfT1(), nodes: short });
    expect(under(team())).toEqual(['2 goals below: too many to list here.']);
    fireEvent.click(team());
    fireEvent.click(team());
    expect(api.queries).toHaveLength(2);
  });

  it('expands and searches only what is loaded, and says so', async () => {
    const { api } = partialApi();
    renderScreen(<Alignment />, { api });
    fireEvent.click(await screen.findByRole('button', { name: 'Expand all' }));
    expect(screen.getByText(/^Expanded the goals loaded so far/)).toBeTruthy();
    expect(team().getAttribute('aria-expanded')).toBe('false');
    const search = screen.getByRole('searchbox', { name: 'Search goals by title' });
    fireEvent.change(search, { target: { value: 'EU' } });
    expect(
      screen.getByText(/^1 goal matches "EU"\. Searching the goals loaded so far/),
    ).toBeTruthy();
    fireEvent.change(search, { target: { value: 'billing' } });
    expect(screen.getByText(/Only the goals loaded so far were searched/)).toBeTruthy();
    expect(api.queries).toEqual([{}]);
  });

  it('in focus mode loads the rest of an ancestor from its last item, keeping focus', async () => {
    const { api, settle } = partialApi(focusedAlignment);
    renderScreen(<Alignment focusId="i1" />, { api });
    const more = await screen.findByRole('treeitem', { name: 'Show 1 more goal' });
    act(() => more.focus());
    fireEvent.keyDown(more, { key: 'Enter' });
    expect(api.queries).toEqual([{ rootId: 'i1' }, T1_QUERY]);
    expect(nameOf(more)).toBe('Loading goals…');
    expect(document.activeElement).toBe(more);
    await settle(subtreeOfT1());
    expect(under(team())).toEqual(['Hire two SREs', 'Ship billing v2']);
    expect(document.activeElement).toBe(team());
  });

  it.each(THEMES)(
    'has no axe violations while loading and failing in the %s theme',
    async (_, theme) => {
      const { api, settle } = partialApi();
      const { container } = renderScreen(<Alignment />, { api, theme });
      fireEvent.click(await screen.findByRole('treeitem', { name: 'Improve support NPS' }));
      await settle(new ApiError(503, undefined));
      fireEvent.click(team());
      expect(screen.getByRole('treeitem', { name: 'Loading goals…' })).toBeTruthy();
      expect(await axe(container)).toHaveNoViolations();
    },
  );
});
