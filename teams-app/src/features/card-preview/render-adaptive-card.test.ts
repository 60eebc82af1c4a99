import { renderAdaptiveCard, type CardActionHandlers } from './render-adaptive-card';
import { polyfillInnerText, testPreview } from './test-card';

// The package's `main` is untranspiled ESM; its UMD bundle is the same library (3.0.6).
jest.mock('adaptivecards', () => jest.requireActual<object>('adaptivecards/dist/adaptivecards.js'));

const HOSTILE = '[x](javascript:alert(1))';

beforeAll(polyfillInnerText);
afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(window, 'markdownit');
});

/** Renders `card` into the page; returns what each handler was called with. */
function show(card: unknown) {
  const calls = { executed: 0, opened: [] as string[] };
  const handlers: CardActionHandlers = {
    onExecute: () => calls.executed++,
    onOpenUrl: (url) => calls.opened.push(url),
  };
  const element = renderAdaptiveCard(card, handlers);
  if (element) document.body.append(element);
  return { element, calls };
}

/** A minimal 1.5 card with `body` and `actions`. */
const card = (body: unknown[], actions: unknown[] = []) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body,
  actions,
});

const button = (name: string) =>
  document.querySelector<HTMLElement>(`button[aria-label="${name}"]`)!;

describe('renderAdaptiveCard', () => {
  it('shows a goal title with markdown link syntax literally, as no link', () => {
    const { element } = show(testPreview({ title: HOSTILE }).card);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(element?.textContent.replaceAll('\u2060', '')).toContain(HOSTILE);
  });

  it('never processes markdown, even with a markdown processor on the page', () => {
    // What a naive processor would make of the text: a javascript: link.
    Reflect.set(window, 'markdownit', () => ({
      render: (text: string) => `<p><a href="javascript:alert(1)">${text}</a></p>`,
    }));
    const { element } = show(
      card([
        { type: 'TextBlock', text: HOSTILE, wrap: true },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: HOSTILE }] },
      ]),
    );
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(element?.textContent).toBe(HOSTILE + HOSTILE);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', '/goals/g-1'])(
    'opens no "Open" link to %s',
    (url) => {
      const { calls } = show(card([], [{ type: 'Action.OpenUrl', title: 'Open', url }]));
      button('Open').click();
      expect(calls.opened).toEqual([]);
    },
  );

  it('opens an http(s) link, and hands Action.Execute over without opening anything', () => {
    const { calls } = show(
      card(
        [],
        [
          { type: 'Action.OpenUrl', title: 'Open', url: 'https://northstar.example/goals/g-1' },
          { type: 'Action.Execute', title: 'Refresh', verb: 'refreshGoal', data: {} },
        ],
      ),
    );
    button('Open').click();
    button('Refresh').click();
    expect(calls).toEqual({ executed: 1, opened: ['https://northstar.example/goals/g-1'] });
  });

  it('opens a form in place without calling any handler', () => {
    const { calls } = show(testPreview().card);
    button('Check in').click();
    expect(button('Check in').getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('input[type="number"]')).not.toBeNull();
    expect(calls).toEqual({ executed: 0, opened: [] });
  });
});
