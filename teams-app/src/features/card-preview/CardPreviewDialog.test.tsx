import type { GoalCardPreview } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { CardPreviewDialog } from './CardPreviewDialog';
import { polyfillInnerText, testPreview } from './test-card';

// The package's `main` is untranspiled ESM; its UMD bundle is the same library (3.0.6).
jest.mock('adaptivecards', () => jest.requireActual<object>('adaptivecards/dist/adaptivecards.js'));
// Fluent's portals and axe over whole dialogs are slow in jsdom.
jest.setTimeout(30_000);

beforeAll(polyfillInnerText);
afterEach(() => jest.restoreAllMocks());

function renderDialog(goalCard: () => Promise<GoalCardPreview>, theme = THEMES[0]![1]) {
  const closed: boolean[] = [];
  const result = renderScreen(
    <CardPreviewDialog goalId="g-1" open onOpenChange={(open) => closed.push(!open)} />,
    { api: { goalCard }, theme },
  );
  return { ...result, closed };
}

/** The card as rendered, once it is there. */
async function renderedCard(): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', { name: 'Card preview' });
  await waitFor(() => expect(dialog.querySelector('.ac-adaptiveCard')).not.toBeNull());
  return dialog.querySelector<HTMLElement>('.ac-adaptiveCard')!;
}

const cardButton = (card: HTMLElement, name: string) =>
  within(card).getByRole(name === 'Open in Teams' ? 'link' : 'button', { name });

describe('CardPreviewDialog', () => {
  it('says it is loading the card', async () => {
    renderDialog(() => pending());
    expect(await screen.findByRole('status', { name: 'Loading the card' })).toBeTruthy();
  });

  it('renders the card the chat gets, with its size against the 28 KB limit', async () => {
    const preview = testPreview();
    renderDialog(() => Promise.resolve(preview));
    const card = await renderedCard();
    expect(card.textContent).toContain('Grow weekly users');
    expect(card.textContent).toContain('50% · On track');
    expect(card.textContent).toContain('Win the SMB market');
    for (const name of ['Open in Teams', 'Check in', 'Give kudos']) cardButton(card, name);
    const kb = String(Math.round(preview.sizeBytes / 100) / 10);
    expect(screen.getByText(`${kb} KB of the 28 KB a Teams card may hold.`)).toBeTruthy();
  });

  it('opens a form in place, and says its button works only in a Teams chat', async () => {
    renderDialog(() => Promise.resolve(testPreview()));
    const card = await renderedCard();
    fireEvent.click(cardButton(card, 'Check in'));
    fireEvent.input(within(card).getByLabelText(/Progress \(%\)/), { target: { value: '60' } });
    fireEvent.input(within(card).getByLabelText(/Confidence/), { target: { value: '7' } });
    expect(screen.queryByText(/Card actions work in Teams chats/)).toBeNull();
    fireEvent.click(cardButton(card, 'Save check-in'));
    expect(await screen.findByText(/Card actions work in Teams chats/)).toBeTruthy();
  });

  it('keeps a form’s button from acting while a required input is empty', async () => {
    renderDialog(() => Promise.resolve(testPreview()));
    const card = await renderedCard();
    fireEvent.click(cardButton(card, 'Give kudos'));
    fireEvent.click(cardButton(card, 'Send kudos'));
    expect(screen.queryByText(/Card actions work in Teams chats/)).toBeNull();
  });

  it('opens "Open in Teams" in a new tab', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    renderDialog(() => Promise.resolve(testPreview()));
    fireEvent.click(cardButton(await renderedCard(), 'Open in Teams'));
    expect(open).toHaveBeenCalledWith(
      'https://northstar.example/goals/g-1',
      '_blank',
      'noopener,noreferrer',
    );
  });

  it('says the card could not be loaded, and loads it on retry', async () => {
    let calls = 0;
    renderDialog(() =>
      ++calls === 1
        ? Promise.reject(new ApiError(503, { code: 'upstream_unavailable', detail: 'Down.' }))
        : Promise.resolve(testPreview()),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The card could not be loaded.');
    expect(alert.textContent).toContain('Down.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect((await renderedCard()).textContent).toContain('Grow weekly users');
  });

  it('closes with its Close button', async () => {
    const { closed } = renderDialog(() => Promise.resolve(testPreview()));
    await renderedCard();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(closed).toEqual([true]);
  });

  it.each(THEMES)('has no axe violations with a form open (%s)', async (_name, theme) => {
    renderDialog(() => Promise.resolve(testPreview()), theme);
    fireEvent.click(cardButton(await renderedCard(), 'Check in'));
    expect(await axe(document.body)).toHaveNoViolations();
  });
});
