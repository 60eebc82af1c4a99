import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Evidence } from '@northstar/shared';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe, testPerson } from '../../test/render-screen';
import { testGoalView } from '../check-in/test-goal-view';
import { EvidenceSection } from './EvidenceSection';
import { GoalDetail } from './GoalDetail';
import { detailApi } from './test-detail-api';

jest.setTimeout(30_000);
// Fluent's dialogs and portals are slow in jsdom on a busy machine.
const eventually = (check: () => void) => waitFor(check, { timeout: 10_000 });

const goal = testGoalView({ id: 'g-1', title: 'Grow weekly users' });

function testEvidence(overrides: Partial<Evidence> & Pick<Evidence, 'id'>): Evidence {
  return {
    tenantId: 'tenant-1',
    goalId: 'g-1',
    messageId: `m-${overrides.id}`,
    messageUrl: `https://teams.microsoft.com/l/message/19:abc@thread.v2/${overrides.id}`,
    text: 'The beta doubled weekly users.\nSee the dashboard.',
    authorName: 'Priya Raman',
    note: '',
    savedById: 'arjun-mehta',
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

const first = testEvidence({ id: 'e-1', note: 'For my review' });
const second = testEvidence({ id: 'e-2', authorName: 'Lee Gu', text: 'Great demo' });

/** A colleague who is neither the owner, an admin nor the owner's manager. */
const colleague = testMe({ person: testPerson({ id: 'isaiah-langer', displayName: 'Isaiah' }) });

const render = (api: Record<string, unknown>, me = testMe()) =>
  renderScreen(<EvidenceSection goal={goal} />, { api, me });
const list = (items: Evidence[], nextCursor?: string) => () =>
  Promise.resolve(nextCursor === undefined ? { items } : { items, nextCursor });

describe('EvidenceSection', () => {
  it('shows a skeleton while loading for the goal’s owner', () => {
    render({ listEvidence: () => pending() });
    expect(screen.getByRole('status', { name: 'Loading the evidence' })).toBeTruthy();
  });

  it('shows nothing while loading to someone who may not be allowed', () => {
    const { container } = render({ listEvidence: () => pending() }, colleague);
    expect(container.textContent).toBe('');
  });

  it('lists each message with its author, when it was saved, the note and a link to Teams', async () => {
    render({ listEvidence: list([first, second]) });
    const items = within(await screen.findByRole('list', { name: 'Evidence' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    const [one] = items;
    expect(one?.textContent).toContain('Priya Raman');
    expect(one?.textContent).toContain('The beta doubled weekly users.\nSee the dashboard.');
    expect(one?.textContent).toContain('Note: For my review');
    expect(one?.querySelector('time')?.getAttribute('datetime')).toBe(first.createdAt);
    const link = within(one!).getByRole('link', { name: 'Open in Teams' });
    expect(link.getAttribute('href')).toBe(first.messageUrl);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(items[1]?.textContent).not.toContain('Note:');
  });

  it('explains how to save evidence when there is none', async () => {
    render({ listEvidence: list([]) });
    expect(await screen.findByText('No evidence yet')).toBeTruthy();
    expect(screen.getByText(/from its “...” menu in Teams/)).toBeTruthy();
  });

  it('says what failed and loads again on retry', async () => {
    let calls = 0;
    const listEvidence = () =>
      ++calls === 1
        ? Promise.reject(new ApiError(503, { code: 'upstream_unavailable', detail: 'Busy.' }))
        : Promise.resolve({ items: [first] });
    render({ listEvidence });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The evidence could not be loaded.Busy.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Evidence' })).toBeTruthy();
  });

  it.each([403, 404])('is not shown when the API answers %s', async (status) => {
    const listEvidence = jest.fn(() => Promise.reject(new ApiError(status, { code: 'forbidden' })));
    const { container } = render({ listEvidence });
    await eventually(() => expect(listEvidence).toHaveBeenCalled());
    await eventually(() => expect(container.textContent).toBe(''));
  });

  it('appears for a reader the client could not tell, once the API answers', async () => {
    render({ listEvidence: list([first]) }, colleague);
    expect(await screen.findByRole('heading', { name: 'Evidence' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('shows more on demand', async () => {
    const listEvidence = jest.fn((_id: string, page: { cursor?: string }) =>
      page.cursor === 'c-2' ? list([second])() : list([first], 'c-2')(),
    );
    render({ listEvidence });
    fireEvent.click(await screen.findByRole('button', { name: 'Show more evidence' }));
    await eventually(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Show more evidence' })).toBeNull();
  });

  it('removes after a confirmation, and not on cancel', async () => {
    const removeEvidence = jest.fn(() => Promise.resolve(undefined));
    render({ listEvidence: list([first, second]), removeEvidence });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the message from Lee Gu' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this evidence?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await eventually(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(removeEvidence).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the message from Lee Gu' }));
    const again = await screen.findByRole('alertdialog');
    fireEvent.click(within(again).getByRole('button', { name: 'Remove' }));
    await eventually(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(removeEvidence).toHaveBeenCalledWith('g-1', 'e-2');
    expect(screen.queryByText('Great demo')).toBeNull();
  });

  it('keeps the dialog open with the reason when removing fails', async () => {
    const removeEvidence = () =>
      Promise.reject(new ApiError(409, { code: 'conflict', detail: 'Changed meanwhile.' }));
    render({ listEvidence: list([first]), removeEvidence });
    fireEvent.click(await screen.findByRole('button', { name: /Remove the message/ }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByText(/Changed meanwhile/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('takes evidence someone else removed first off the list', async () => {
    const removeEvidence = () => Promise.reject(new ApiError(404, { code: 'not_found' }));
    render({ listEvidence: list([first]), removeEvidence });
    fireEvent.click(await screen.findByRole('button', { name: /Remove the message/ }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('No evidence yet')).toBeTruthy();
  });

  it('is part of the goal page', async () => {
    const { api, calls } = detailApi();
    renderScreen(<GoalDetail goalId="g-1" />, { api });
    expect(await screen.findByRole('heading', { level: 2, name: 'Evidence' })).toBeTruthy();
    expect(await screen.findByText('No evidence yet')).toBeTruthy();
    expect(calls).toContain('listEvidence g-1');
  });

  it.each(THEMES)('passes axe in the %s theme, listed and confirming', async (_name, theme) => {
    const { container } = renderScreen(<EvidenceSection goal={goal} />, {
      api: { listEvidence: list([first, second], 'c-2') },
      theme,
    });
    await screen.findByRole('list', { name: 'Evidence' });
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the message from Lee Gu' }));
    await screen.findByRole('alertdialog');
    expect(await axe(document.body)).toHaveNoViolations();
  });
});
