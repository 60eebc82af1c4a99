import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { renderScreen } from '../../test/render-screen';
import { OneOnOneDetail } from './OneOnOneDetail';
import { managerMe, reportMe, testNote } from './test-one-on-ones';
import { seriesApi } from './test-series-detail';

const SECRET = 'Thinking about a promotion case';

async function openNotes(api = seriesApi(), me = managerMe) {
  renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me });
  const shared = await screen.findByRole('region', { name: 'Shared notes' });
  const mine = screen.getByRole('region', { name: 'My private notes' });
  return { api, shared, mine };
}

const type = (area: HTMLElement, value: string) => fireEvent.change(area, { target: { value } });
const sharedBox = (shared: HTMLElement) =>
  within(shared).getByRole('textbox', { name: 'Shared notes for this 1:1' });

describe('OneOnOneDetail shared notes', () => {
  it('saves with the 1:1’s ETag and says so', async () => {
    const { api, shared } = await openNotes();
    type(sharedBox(shared), 'Agreed on the drill');
    expect(within(shared).getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(within(shared).getByRole('button', { name: 'Save shared notes' }));
    expect(await within(shared).findByText('Saved')).toBeTruthy();
    expect(api.calls).toContain('updateSharedNotes:oo-2-e1');
    expect(api.meetings[1]?.sharedNotes).toBe('Agreed on the drill');
  });

  it('on a 412 with other notes shows theirs, keeps mine, and saves mine when asked', async () => {
    const { api, shared } = await openNotes();
    api.change('oo-2', () => ({ sharedNotes: 'Arjun wrote this' }));
    type(sharedBox(shared), 'Priya wrote this');
    fireEvent.click(within(shared).getByRole('button', { name: 'Save shared notes' }));
    const warning = await within(shared).findByText(
      'Someone else changed the shared notes while you were writing',
    );
    expect(warning).toBeTruthy();
    expect(within(shared).getByText('Arjun wrote this')).toBeTruthy();
    expect(sharedBox(shared)).toHaveProperty('value', 'Priya wrote this');
    expect(api.meetings[1]?.sharedNotes).toBe('Arjun wrote this');
    fireEvent.click(within(shared).getByRole('button', { name: 'Save shared notes' }));
    expect(await within(shared).findByText('Saved')).toBeTruthy();
    expect(api.meetings[1]?.sharedNotes).toBe('Priya wrote this');
    expect(api.calls.filter((c) => c.startsWith('updateSharedNotes'))).toEqual([
      'updateSharedNotes:oo-2-e1',
      'updateSharedNotes:oo-2-e2',
    ]);
  });

  it('on a 412 where only the agenda changed saves again without asking', async () => {
    const { api, shared } = await openNotes();
    api.change('oo-2', (m) => ({
      agenda: [
        ...m.agenda,
        { id: 'tp-a', authorId: 'arjun-mehta', text: 'Pairing', goalIds: [], done: false },
      ],
    }));
    type(sharedBox(shared), 'Mine');
    fireEvent.click(within(shared).getByRole('button', { name: 'Save shared notes' }));
    expect(await within(shared).findByText('Saved')).toBeTruthy();
    expect(api.meetings[1]?.sharedNotes).toBe('Mine');
    expect(within(shared).queryByText(/Someone else changed/)).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Pairing' })).toBeTruthy();
  });

  it('puts a refused text next to the notes field', async () => {
    const { api, shared } = await openNotes();
    const errors = [{ field: 'body.sharedNotes', message: 'must be at most 20000 characters' }];
    api.failures.set(
      'updateSharedNotes:oo-2-e1',
      new ApiError(400, { code: 'validation', errors }),
    );
    type(sharedBox(shared), 'Very long');
    fireEvent.click(within(shared).getByRole('button', { name: 'Save shared notes' }));
    expect(await within(shared).findByText('must be at most 20000 characters')).toBeTruthy();
    expect(sharedBox(shared).getAttribute('aria-invalid')).toBe('true');
    expect(sharedBox(shared)).toHaveProperty('value', 'Very long');
  });
});

describe('OneOnOneDetail private notes', () => {
  const privateBox = (mine: HTMLElement) =>
    within(mine).findByRole('textbox', { name: /^Private notes for this 1:1/ });

  it('is labelled as mine alone and starts empty before I write one', async () => {
    const { mine } = await openNotes();
    expect(within(mine).getByText('Only you can see these.')).toBeTruthy();
    const box = await privateBox(mine);
    expect(box).toHaveProperty('value', '');
    expect(box.getAttribute('aria-describedby')).toContain(
      within(mine).getByText('Only you can see these.').id,
    );
  });

  it('saves on its own, creating the note and then updating it with its ETag', async () => {
    const { api, mine, shared } = await openNotes();
    type(await privateBox(mine), SECRET);
    fireEvent.click(within(mine).getByRole('button', { name: 'Save private notes' }));
    expect(await within(mine).findByText('Saved')).toBeTruthy();
    type(await privateBox(mine), `${SECRET}!`);
    fireEvent.click(within(mine).getByRole('button', { name: 'Save private notes' }));
    await waitFor(() => expect(api.notes.get('priya-raman/oo-2')?.text).toBe(`${SECRET}!`));
    expect(api.calls.filter((c) => c.startsWith('put'))).toEqual([
      'putPrivateNote:none',
      'putPrivateNote:n2',
    ]);
    expect(api.calls.some((c) => c.startsWith('updateSharedNotes'))).toBe(false);
    expect(sharedBox(shared)).toHaveProperty('value', '');
  });

  it('shows only my own note, never the other participant’s', async () => {
    const api = seriesApi('arjun-mehta');
    api.notes.set('priya-raman/oo-2', testNote({ oneOnOneId: 'oo-2', text: SECRET }));
    api.notes.set(
      'arjun-mehta/oo-2',
      testNote({ authorId: 'arjun-mehta', oneOnOneId: 'oo-2', text: 'My own' }),
    );
    const { mine } = await openNotes(api, reportMe);
    expect(await privateBox(mine)).toHaveProperty('value', 'My own');
    expect(document.body.textContent).not.toContain(SECRET);
    expect(
      screen.getAllByRole('textbox').map((t) => (t as HTMLTextAreaElement).value),
    ).not.toContain(SECRET);
  });

  it('invents no note when I have none, even if the other participant has one', async () => {
    const api = seriesApi('arjun-mehta');
    api.notes.set('priya-raman/oo-2', testNote({ oneOnOneId: 'oo-2', text: SECRET }));
    const { mine } = await openNotes(api, reportMe);
    expect(await privateBox(mine)).toHaveProperty('value', '');
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('after a 412 reloads the note, keeps my text and saves it when asked', async () => {
    const api = seriesApi();
    api.notes.set('priya-raman/oo-2', testNote({ oneOnOneId: 'oo-2', text: 'Old', etag: 'n1' }));
    const { mine } = await openNotes(api);
    const box = await privateBox(mine);
    api.notes.set(
      'priya-raman/oo-2',
      testNote({ oneOnOneId: 'oo-2', text: 'From my phone', etag: 'n9' }),
    );
    type(box, 'From my laptop');
    fireEvent.click(within(mine).getByRole('button', { name: 'Save private notes' }));
    expect(await within(mine).findByText(/saved somewhere else meanwhile/)).toBeTruthy();
    expect(box).toHaveProperty('value', 'From my laptop');
    fireEvent.click(within(mine).getByRole('button', { name: 'Save private notes' }));
    expect(await within(mine).findByText('Saved')).toBeTruthy();
    expect(api.notes.get('priya-raman/oo-2')?.text).toBe('From my laptop');
    expect(api.calls.filter((c) => c.startsWith('put'))).toEqual([
      'putPrivateNote:n1',
      'putPrivateNote:n9',
    ]);
  });

  it('shows a load error with retry inside the panel only', async () => {
    const api = seriesApi();
    api.failures.set('getPrivateNote', new ApiError(0, undefined));
    const { mine } = await openNotes(api);
    const alert = await within(mine).findByRole('alert');
    expect(alert.textContent).toMatch(/Your private notes could not be loaded/);
    expect(screen.getByRole('region', { name: 'Agenda' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await privateBox(mine)).toHaveProperty('value', '');
  });
});
