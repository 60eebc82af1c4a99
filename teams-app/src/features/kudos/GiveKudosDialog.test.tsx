import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, renderScreen } from '../../test/render-screen';
import { KudosSection } from './KudosSection';
import { LENA, kudosApi, testKudos } from './test-kudos';

const before = testKudos({ message: 'Thanks for covering my on-call shift.' });
const after = testKudos({ id: 'k-new', giverId: 'ana-ruiz', message: 'You made the demo shine.' });
const pages = [
  () => Promise.resolve({ items: [before] }),
  () => Promise.resolve({ items: [after, before] }),
];

/** Renders Lena's Kudos section and opens the dialog. */
async function openDialog(
  give?: Parameters<typeof kudosApi>[1],
  theme?: Parameters<typeof renderScreen>[1]['theme'],
) {
  const fake = kudosApi(pages, give);
  renderScreen(
    <KudosSection person={LENA} />,
    theme ? { api: fake.api, theme } : { api: fake.api },
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Give kudos' }));
  const dialog = await screen.findByRole('dialog', { name: 'Give kudos to Lena Ito' });
  await within(dialog).findByRole('radio', { name: 'One team' });
  return { ...fake, dialog };
}

/** The texts an element's aria-describedby points to. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const messageBox = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: /Message/ });
const send = (dialog: HTMLElement) =>
  fireEvent.click(within(dialog).getByRole('button', { name: 'Send kudos' }));
function fill(dialog: HTMLElement, value: string, message: string) {
  fireEvent.click(within(dialog).getByRole('radio', { name: value }));
  fireEvent.change(messageBox(dialog), { target: { value: message } });
}

describe('GiveKudosDialog', () => {
  it('offers the organisation’s values and counts the message as it is typed', async () => {
    const { dialog } = await openDialog();
    const radios = within(dialog).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([
      'Customer obsessed',
      'One team',
      'Own the outcome',
    ]);
    expect(descriptionOf(messageBox(dialog))).toContain('0 of 500 characters');
    fireEvent.change(messageBox(dialog), { target: { value: 'Thank you' } });
    expect(descriptionOf(messageBox(dialog))).toContain('9 of 500 characters');
  });

  it('sends the kudos, closes, says so and shows the refreshed list', async () => {
    const { dialog, calls } = await openDialog();
    fill(dialog, 'Own the outcome', '  You made the demo shine. ');
    send(dialog);
    expect(await screen.findByText('Kudos sent.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.given.map((g) => g.body)).toEqual([
      { receiverId: 'lena-ito', value: 'Own the outcome', message: 'You made the demo shine.' },
    ]);
    expect(await screen.findByText('You made the demo shine.')).toBeTruthy();
    expect(calls.lists).toHaveLength(2);
  });

  it('names what is missing next to each field, sending nothing', async () => {
    const { dialog, calls } = await openDialog();
    send(dialog);
    expect(descriptionOf(messageBox(dialog))).toContain('Write a few words');
    expect(descriptionOf(within(dialog).getByRole('radiogroup'))).toContain(
      'Choose the company value this kudos is for.',
    );
    expect(calls.given).toEqual([]);
  });

  it('puts the server’s field problem next to the field and keeps what was typed', async () => {
    const refused = new ApiError(400, {
      code: 'validation',
      errors: [{ field: 'body.message', message: 'must not be longer than 500 characters' }],
    });
    const { dialog } = await openDialog(() => Promise.reject(refused));
    fill(dialog, 'One team', 'Thanks');
    send(dialog);
    await screen.findByText('must not be longer than 500 characters');
    expect(descriptionOf(messageBox(dialog))).toContain('must not be longer than 500');
    expect((messageBox(dialog) as HTMLTextAreaElement).value).toBe('Thanks');
    expect(screen.queryByText('The kudos were not sent')).toBeNull();
  });

  it('shows any other problem above the form and retries with the same idempotency key', async () => {
    let attempts = 0;
    const flaky = () =>
      ++attempts === 1 ? Promise.reject(new ApiError(0, undefined)) : Promise.resolve(after);
    const { dialog, calls } = await openDialog(flaky);
    fill(dialog, 'One team', 'Thanks');
    send(dialog);
    expect(await within(dialog).findByText('The kudos were not sent')).toBeTruthy();
    send(dialog);
    expect(await screen.findByText('Kudos sent.')).toBeTruthy();
    const [first, second] = calls.given.map((g) => g.key);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });

  it('gives a new idempotency key to the next kudos', async () => {
    const { dialog, calls } = await openDialog();
    fill(dialog, 'One team', 'First');
    send(dialog);
    await screen.findByText('Kudos sent.');
    // The closing dialog keeps the page hidden from the accessibility tree until it is gone.
    fireEvent.click(await screen.findByRole('button', { name: 'Give kudos' }));
    const again = await screen.findByRole('dialog', { name: 'Give kudos to Lena Ito' });
    await within(again).findByRole('radio', { name: 'One team' });
    expect((messageBox(again) as HTMLTextAreaElement).value).toBe('');
    fill(again, 'One team', 'Second');
    send(again);
    await act(() => Promise.resolve());
    const keys = calls.given.map((g) => g.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('offers a retry when the company values fail to load', async () => {
    const { api } = kudosApi(pages);
    let calls = 0;
    const values = () =>
      ++calls === 1 ? Promise.reject(new ApiError(503, undefined)) : api.companyValues();
    renderScreen(<KudosSection person={LENA} />, { api: { ...api, companyValues: values } });
    fireEvent.click(await screen.findByRole('button', { name: 'Give kudos' }));
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load your company values/);
    expect(within(dialog).getByRole('button', { name: 'Send kudos' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByRole('radio', { name: 'One team' })).toBeTruthy();
  });

  it.each(THEMES)('passes axe with a field error in the %s theme', async (_name, theme) => {
    const { dialog } = await openDialog(undefined, theme);
    send(dialog);
    await act(() => Promise.resolve());
    expect(await axe(document.body)).toHaveNoViolations();
  });
});
