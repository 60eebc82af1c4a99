import { loadConfig } from './config.js';

type Env = Record<string, string | undefined>;

const ENTRA: Env = {
  AUTH_MODE: 'entra',
  ENTRA_CLIENT_ID: 'client-1',
  ENTRA_ALLOWED_TENANTS: 'tenant-a',
};

describe('loadConfig defaults', () => {
  it('runs locally with no environment at all', () => {
    expect(loadConfig({})).toEqual({
      port: 7071,
      dataDir: '.data',
      staticDir: undefined,
      auth: { mode: 'dev' },
      cosmos: undefined,
      directory: { kind: 'demo' },
      appDomain: undefined,
      botAppId: undefined,
      botJwksUrl: undefined,
      websiteInstanceId: undefined,
    });
  });

  it.each<[string, Env]>([
    ['PORT', { PORT: '' }],
    ['PORT (blank)', { PORT: '   ' }],
    ['NORTHSTAR_DATA_DIR', { NORTHSTAR_DATA_DIR: '' }],
    ['AUTH_MODE', { AUTH_MODE: '' }],
    ['COSMOS_ENDPOINT', { COSMOS_ENDPOINT: '' }],
    ['COSMOS_CREATE_CONTAINERS', { COSMOS_CREATE_CONTAINERS: '' }],
    ['APP_DOMAIN', { APP_DOMAIN: '' }],
    ['BOT_APP_ID', { BOT_APP_ID: ' ' }],
    ['BOT_JWKS_URL', { BOT_JWKS_URL: '' }],
  ])('treats an empty %s as unset', (_name, env) => {
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });

  it('treats an empty COSMOS_DATABASE as unset', () => {
    const env = { COSMOS_ENDPOINT: 'https://db.example:443/', COSMOS_DATABASE: '' };
    expect(loadConfig(env).cosmos?.database).toBe('northstar');
  });
});

describe('loadConfig parsing', () => {
  it.each<[string, number]>([
    ['8080', 8080],
    ['0', 0],
    ['65535', 65535],
  ])('parses PORT=%p', (value, port) => {
    expect(loadConfig({ PORT: value }).port).toBe(port);
  });

  it.each([['abc'], ['70000'], ['-1'], ['80.5'], ['8080abc'], ['0x1F90'], ['1e3']])(
    'rejects PORT=%p naming PORT',
    (value) => {
      expect(() => loadConfig({ PORT: value })).toThrow(/Invalid configuration:[\s\S]*PORT/);
    },
  );

  it.each<[string, boolean]>([
    ['true', true],
    ['false', false],
  ])('parses COSMOS_CREATE_CONTAINERS=%p', (value, expected) => {
    const env = { COSMOS_ENDPOINT: 'https://db.example:443/', COSMOS_CREATE_CONTAINERS: value };
    expect(loadConfig(env).cosmos?.createContainers).toBe(expected);
  });

  it.each([['yes'], ['1'], ['TRUE']])('rejects COSMOS_CREATE_CONTAINERS=%p', (value) => {
    expect(() => loadConfig({ COSMOS_CREATE_CONTAINERS: value })).toThrow(
      /COSMOS_CREATE_CONTAINERS/,
    );
  });

  it('reads a Cosmos account when COSMOS_ENDPOINT is set', () => {
    const config = loadConfig({
      COSMOS_ENDPOINT: 'https://db.example:443/',
      COSMOS_DATABASE: 'goals',
      COSMOS_KEY: 'k',
    });
    expect(config.cosmos).toEqual({
      endpoint: 'https://db.example:443/',
      database: 'goals',
      key: 'k',
      createContainers: false,
    });
  });

  it.each([['not a url'], ['localhost:8081']])('rejects COSMOS_ENDPOINT=%p', (value) => {
    expect(() => loadConfig({ COSMOS_ENDPOINT: value })).toThrow(/COSMOS_ENDPOINT/);
  });

  it.each([['dev-ish'], ['Entra']])('rejects AUTH_MODE=%p', (value) => {
    expect(() => loadConfig({ AUTH_MODE: value })).toThrow(/AUTH_MODE/);
  });
});

describe('loadConfig entra auth', () => {
  it('reads the client id and a trimmed tenant list', () => {
    const config = loadConfig({ ...ENTRA, ENTRA_ALLOWED_TENANTS: ' a , b,, c ' });
    expect(config.auth).toEqual({
      mode: 'entra',
      clientId: 'client-1',
      allowedTenants: ['a', 'b', 'c'],
      jwksUrl: undefined,
    });
  });

  it.each<[string, Env, RegExp]>([
    [
      'no client id',
      { ENTRA_CLIENT_ID: undefined },
      /ENTRA_CLIENT_ID: is required when AUTH_MODE=entra/,
    ],
    ['an empty client id', { ENTRA_CLIENT_ID: ' ' }, /ENTRA_CLIENT_ID: is required/],
    ['no tenants', { ENTRA_ALLOWED_TENANTS: undefined }, /ENTRA_ALLOWED_TENANTS: is required/],
    [
      'only commas as tenants',
      { ENTRA_ALLOWED_TENANTS: ' , ,' },
      /ENTRA_ALLOWED_TENANTS: is required/,
    ],
  ])('fails clearly with %s', (_case, override, message) => {
    expect(() => loadConfig({ ...ENTRA, ...override })).toThrow(message);
  });

  it('reads the bot app id and its key set URL', () => {
    const config = loadConfig({
      BOT_APP_ID: ' bot-1 ',
      BOT_JWKS_URL: 'http://127.0.0.1:9/keys',
    });
    expect(config).toMatchObject({ botAppId: 'bot-1', botJwksUrl: 'http://127.0.0.1:9/keys' });
  });

  it.each([['keys'], ['ftp://keys.example/k']])('rejects BOT_JWKS_URL=%p', (value) => {
    expect(() => loadConfig({ BOT_JWKS_URL: value })).toThrow(/BOT_JWKS_URL/);
  });

  it('rejects an ENTRA_JWKS_URL that is not a URL', () => {
    expect(() => loadConfig({ ...ENTRA, ENTRA_JWKS_URL: 'keys' })).toThrow(/ENTRA_JWKS_URL/);
  });
});

describe('loadConfig errors', () => {
  it.each([['PORT'], ['AUTH_MODE'], ['COSMOS_ENDPOINT'], ['COSMOS_CREATE_CONTAINERS']])(
    'names %s in the one error that lists every bad variable',
    (name) => {
      const env = {
        PORT: 'abc',
        AUTH_MODE: 'x',
        COSMOS_ENDPOINT: 'nope',
        COSMOS_CREATE_CONTAINERS: 'y',
      };
      expect(() => loadConfig(env)).toThrow(
        new RegExp(`^Invalid configuration:[\\s\\S]*\\b${name}\\b`),
      );
    },
  );

  it.each<[string, Env, string]>([
    ['PORT', { AUTH_MODE: 'entra', PORT: 'abc' }, 'PORT'],
    ['ENTRA_CLIENT_ID', { AUTH_MODE: 'entra', PORT: 'abc' }, 'ENTRA_CLIENT_ID'],
    ['ENTRA_ALLOWED_TENANTS', { AUTH_MODE: 'entra', PORT: 'abc' }, 'ENTRA_ALLOWED_TENANTS'],
    ['ENTRA_ALLOWED_TENANTS (PORT fine)', { AUTH_MODE: 'entra' }, 'ENTRA_ALLOWED_TENANTS'],
  ])('names %s when entra settings are missing', (_case, env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('does not echo a pasted connection string in its message', () => {
    const check = () => loadConfig({ COSMOS_ENDPOINT: 'AccountEndpoint=x;AccountKey=s3cr3t==' });
    expect(check).toThrow(/COSMOS_ENDPOINT/);
    expect(check).not.toThrow(/s3cr3t/);
  });
});
