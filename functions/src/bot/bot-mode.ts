import type { Config } from '../config/config.js';
import { DomainError } from '../ports/errors.js';
import { BotFrameworkTokenVerifier } from './auth/bot-token-verifier.js';
import type { BotTokenCheck } from './bot-endpoint.js';

/**
 * How `/api/messages` authenticates under `config`: no token in `dev` mode; in `entra` mode the
 * Bot Framework token for `BOT_APP_ID` (keys from `BOT_JWKS_URL` when set), or, without an app
 * id, a refusal of every activity (no token could be checked against an audience).
 */
export function botTokenCheck(config: Config): BotTokenCheck | null {
  if (config.auth.mode === 'dev') return null;
  if (config.botAppId === undefined) {
    const refusal = new DomainError(
      'unauthenticated',
      'The bot is not configured on this server (BOT_APP_ID is unset).',
    );
    return { verify: () => Promise.reject(refusal) };
  }
  return new BotFrameworkTokenVerifier({ appId: config.botAppId, jwksUrl: config.botJwksUrl });
}

/** One line for the local host's start message saying how the bot endpoint authenticates. */
export function botModeLine(config: Config): string {
  if (config.auth.mode === 'dev') {
    return 'bot: dev mode, /api/messages accepts local activities without a Bot Framework token';
  }
  return config.botAppId === undefined
    ? 'bot: BOT_APP_ID is unset, /api/messages refuses every activity'
    : 'bot: /api/messages requires Bot Framework tokens for BOT_APP_ID';
}
