import { loadConfig } from './config.js';

type Env = Record<string, string | undefined>;

const ENTRA: Env = {
  AUTH_MODE: 'entra',
  ENTRA_CLIENT_ID: 'client-1',
  ENTRA_ALLOWED_TENANTS: 'tenant-a',
};
const GRAPH_DEFAULTS = {
  kind: 'graph',
  clientId: 'client-1',
  clientSecret: 's3cr3t',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  authorityHost: 'https://login.microsoftonline.com',
};

describe('loadConfig: which directory', () => {
  it.each<[string, Env, 'demo' | 'graph']>([
    ['dev mode', {}, 'demo'],
    ['dev mode with a secret', { ENTRA_CLIENT_SECRET: 'x' }, 'demo'],
    ['entra without a secret', ENTRA, 'demo'],
    ['entra with a blank secret', { ...ENTRA, ENTRA_CLIENT_SECRET: '  ' }, 'demo'],
    ['entra with a secret', { ...ENTRA, ENTRA_CLIENT_SECRET: 'x' }, 'graph'],
    [
      'entra, secret, DIRECTORY=demo',
      { ...ENTRA, ENTRA_CLIENT_SECRET: 'x', DIRECTORY: 'demo' },
      'demo',
    ],
    [
      'entra, secret, DIRECTORY blank',
      { ...ENTRA, ENTRA_CLIENT_SECRET: 'x', DIRECTORY: '' },
      'graph',
    ],
    [
      'entra, secret, DIRECTORY=graph',
      { ...ENTRA, ENTRA_CLIENT_SECRET: 'x', DIRECTORY: 'graph' },
      'graph',
    ],
  ])('%s -> %s', (_case, env, kind) => {
    expect(loadConfig(env).directory.kind).toBe(kind);
  });

  it('gives Graph the client, its secret and the public endpoints by default', () => {
    expect(loadConfig({ ...ENTRA, ENTRA_CLIENT_SECRET: 's3cr3t' }).directory).toEqual(
      GRAPH_DEFAULTS,
    );
  });

  it('reads local Graph and token endpoints, without trailing slashes', () => {
    const config = loadConfig({
      ...ENTRA,
      ENTRA_CLIENT_SECRET: 's3cr3t',
      GRAPH_BASE_URL: 'http://127.0.0.1:4000/v1.0/',
      ENTRA_AUTHORITY_HOST: 'http://localhost:4001/',
    });
    expect(config.directory).toEqual({
      ...GRAPH_DEFAULTS,
      graphBaseUrl: 'http://127.0.0.1:4000/v1.0',
      authorityHost: 'http://localhost:4001',
    });
  });
});

describe('loadConfig: Graph settings that fail fast', () => {
  it.each<[string, Env, RegExp]>([
    [
      'DIRECTORY=graph without a secret',
      { ...ENTRA, DIRECTORY: 'graph' },
      /ENTRA_CLIENT_SECRET: is required when DIRECTORY=graph/,
    ],
    [
      'DIRECTORY=graph in dev mode',
      { DIRECTORY: 'graph', ENTRA_CLIENT_SECRET: 'x' },
      /DIRECTORY: graph needs AUTH_MODE=entra/,
    ],
    ['an unknown DIRECTORY', { ...ENTRA, DIRECTORY: 'ldap' }, /DIRECTORY/],
    ['GRAPH_BASE_URL not a URL', { GRAPH_BASE_URL: 'graph' }, /GRAPH_BASE_URL/],
    [
      'GRAPH_BASE_URL over http to another host',
      { GRAPH_BASE_URL: 'http://graph.example/v1.0' },
      /GRAPH_BASE_URL: must be https/,
    ],
    [
      'ENTRA_AUTHORITY_HOST with a path',
      { ENTRA_AUTHORITY_HOST: 'https://login.example/tenant' },
      /ENTRA_AUTHORITY_HOST: must be an origin/,
    ],
    [
      'ENTRA_AUTHORITY_HOST over http to another host',
      { ENTRA_AUTHORITY_HOST: 'http://login.example' },
      /ENTRA_AUTHORITY_HOST: must be https/,
    ],
  ])('refuses %s, naming the variable', (_case, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never puts the secret in its error', () => {
    const check = () => loadConfig({ DIRECTORY: 'graph', ENTRA_CLIENT_SECRET: 'p4ssw0rd' });
    expect(check).toThrow(/DIRECTORY/);
    expect(check).not.toThrow(/p4ssw0rd/);
  });
});
