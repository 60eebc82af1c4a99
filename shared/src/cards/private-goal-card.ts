import { httpUrl } from './card-text.js';
import { ADAPTIVE_CARD_SCHEMA, type AdaptiveCard, type CardVersion } from './card-types.js';

/** How the private goal card is built. */
export interface PrivateGoalCardOptions {
  /** `1.5` or `1.3` (link unfurling): the card uses nothing newer than 1.2 either way. */
  version: CardVersion;
  /** The app's own address (the tab's origin), NOT the goal's URL. */
  appUrl: string;
}

/**
 * What a viewer who may not see a goal gets instead of its card: that the goal is private, and a
 * way to open Northstar. It carries nothing of the goal, not even its id (no refresh, no goal
 * link), so it can be cached, forwarded and inspected without leaking anything.
 * @throws RangeError when `appUrl` is not an absolute http(s) URL.
 */
export function privateGoalCard(options: PrivateGoalCardOptions): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: options.version,
    body: [
      { type: 'TextBlock', text: 'Private goal', size: 'medium', weight: 'bolder', wrap: true },
      {
        type: 'TextBlock',
        text: 'Only its owner, their managers and admins can see this goal.',
        wrap: true,
        isSubtle: true,
        spacing: 'small',
      },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: 'Open Northstar', url: httpUrl(options.appUrl, 'appUrl') },
    ],
  };
}
