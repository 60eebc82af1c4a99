import { AdaptiveCard, HostConfig, OpenUrlAction, type Action } from 'adaptivecards';
import { fluentHostConfig } from './card-host-config';

/** What the tab does when someone clicks a card's buttons. */
export interface CardActionHandlers {
  /** An `Action.Execute` (check in, give kudos): these only work in a Teams chat. */
  onExecute: () => void;
  /** An `Action.OpenUrl` with an http(s) URL; any other scheme is never opened. */
  onOpenUrl: (url: string) => void;
}

const HTTP_URL = /^https?:\/\//i;

/**
 * No markdown, ever: every text is shown literally, so no text (user text least of all) can
 * become a link, whatever markdown processor the page might carry. The library's default would
 * use a global `window.markdownit` if one were present.
 */
function plainTextOnly(_text: string, result: { didProcess: boolean }): void {
  result.didProcess = false;
}

/**
 * Renders an Adaptive Card as the `adaptivecards` library does in Teams, with the tab's Fluent
 * host config. `Action.ShowCard` opens its form in place; other actions go to `handlers`.
 * Returns `null` when the library cannot render the card.
 */
export function renderAdaptiveCard(
  json: unknown,
  handlers: CardActionHandlers,
): HTMLElement | null {
  AdaptiveCard.onProcessMarkdown = plainTextOnly;
  const card = new AdaptiveCard();
  card.hostConfig = new HostConfig(fluentHostConfig());
  card.onExecuteAction = (action: Action) => {
    if (action instanceof OpenUrlAction) {
      const url = action.url ?? '';
      if (HTTP_URL.test(url)) handlers.onOpenUrl(url);
    } else if (action.getJsonTypeName() === 'Action.Execute') {
      handlers.onExecute();
    }
  };
  card.parse(json);
  return card.render() ?? null;
}
