import { loadConfig } from '../config/config.js';
import { BotFrameworkTokenVerifier } from './auth/bot-token-verifier.js';
import { botModeLine, botTokenCheck } from './bot-mode.js';

const ENTRA = {
  AUTH_MODE: 'entra',
  ENTRA_CLIENT_ID: 'client-1',
  ENTRA_ALLOWED_TENANTS: '*',
};

describe('bot mode', () => {
  it('needs no token in dev mode and says so at start', () => {
    const config = loadConfig({});
    expect(botTokenCheck(config)).toBeNull();
    expect(botModeLine(config)).toMatch(/dev mode.*without a Bot Framework token/);
  });

  it('checks Bot Framework tokens for BOT_APP_ID in entra mode', () => {
    const config = loadConfig({ ...ENTRA, BOT_APP_ID: 'bot-1' });
    expect(botTokenCheck(config)).toBeInstanceOf(BotFrameworkTokenVerifier);
    expect(botModeLine(config)).toMatch(/requires Bot Framework tokens/);
  });

  it('refuses every activity in entra mode without BOT_APP_ID', async () => {
    const config = loadConfig(ENTRA);
    expect(botModeLine(config)).toMatch(/BOT_APP_ID is unset/);
    await expect(botTokenCheck(config)?.verify('any')).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringMatching(/BOT_APP_ID/) as unknown,
    });
  });
});
