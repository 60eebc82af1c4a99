import type { GoalView } from '@northstar/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import { THEMES, renderScreen } from '../../test/render-screen';
import { polyfillInnerText, testPreview } from '../card-preview/test-card';
import { testGoalView } from '../check-in/test-goal-view';
import { ShareGoal } from './ShareGoal';
import { goalLink } from './use-copy-link';

// The package's `main` is untranspiled ESM; its UMD bundle is the same library (3.0.6).
jest.mock('adaptivecards', () => jest.requireActual<object>('adaptivecards/dist/adaptivecards.js'));
jest.setTimeout(30_000);

const goal = testGoalView({ id: 'g 1', title: 'Grow weekly users' });
const link = `${window.location.origin}/goals/g%201`;

/** Puts a fake Clipboard API on `navigator` (jsdom has none); `undefined` removes it. */
function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText && { writeText },
  });
}

function renderShare(shown: GoalView = goal, theme = THEMES[0]![1]) {
  return renderScreen(<ShareGoal goal={shown} />, {
    api: { goalCard: () => Promise.resolve(testPreview()) },
    theme,
  });
}

beforeAll(polyfillInnerText);
afterEach(() => setClipboard(undefined));

describe('ShareGoal', () => {
  it('builds the goal link the bot unfurls: the origin, /goals/ and the encoded id', () => {
    expect(goalLink('https://northstar.example', 'g-1')).toBe(
      'https://northstar.example/goals/g-1',
    );
    expect(goalLink('http://localhost:7071', 'a/b')).toBe('http://localhost:7071/goals/a%2Fb');
  });

  it('copies the goal’s link and says so', async () => {
    const copied: string[] = [];
    setClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    renderShare();
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
    expect(copied).toEqual([link]);
    expect(screen.queryByRole('textbox', { name: 'Goal link' })).toBeNull();
  });

  it.each<[string, ((text: string) => Promise<void>) | undefined]>([
    ['refused', () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))],
    ['missing', undefined],
  ])('shows the link, focused and selected, when the clipboard is %s', async (_label, write) => {
    setClipboard(write);
    renderShare();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
      await Promise.resolve();
    });
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Goal link' });
    expect(field.value).toBe(link);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, link.length]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it.each<[string, Partial<GoalView>, RegExp]>([
    ['a team goal', { level: 'team' }, /shows as the goal’s card/],
    ['a public goal', { visibility: 'public' }, /shows as the goal’s card/],
    ['a private goal', { visibility: 'private' }, /shows as a private goal card/],
  ])('says how the link of %s unfurls', (_label, changes, words) => {
    renderShare({ ...goal, ...changes });
    expect(screen.getByText(words)).toBeTruthy();
  });

  it('previews the card in a dialog, loaded on demand', async () => {
    renderShare();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Preview card' }));
    const dialog = await screen.findByRole('dialog', { name: 'Card preview' });
    await waitFor(() => expect(dialog.textContent).toContain('50% · On track'));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it.each(THEMES)('has no axe violations with the link shown (%s)', async (_name, theme) => {
    setClipboard(undefined);
    const { container } = renderShare(goal, theme);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByRole('textbox', { name: 'Goal link' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
