// Beside the package build rather than in config/: config/ holds only package-config.ts itself.
import {
  LOCAL_APP_DOMAIN,
  PLACEHOLDER_ENTRA_CLIENT_ID,
  PLACEHOLDER_TEAMS_APP_ID,
  readPackageConfig,
} from '../config/package-config.js';

const APP_ID = '6f1c2c7e-3b7a-4f63-9a52-0d3c1e5b7a10';
const CLIENT_ID = '0b9e8a2d-4c1f-4e7b-8d6a-5f3e2c1b0a99';

describe('readPackageConfig', () => {
  it.each([
    ['unset', {}],
    ['empty', { TEAMS_APP_ID: '', APP_DOMAIN: '', ENTRA_CLIENT_ID: '' }],
  ])('uses the local placeholders when the variables are %s', (_name, env) => {
    expect(readPackageConfig(env)).toEqual({
      teamsAppId: PLACEHOLDER_TEAMS_APP_ID,
      appDomain: LOCAL_APP_DOMAIN,
      entraClientId: PLACEHOLDER_ENTRA_CLIENT_ID,
      usesPlaceholders: true,
    });
  });

  it('reads real values and lower-cases the domain', () => {
    const env = {
      TEAMS_APP_ID: APP_ID,
      APP_DOMAIN: 'Northstar.Contoso.com',
      ENTRA_CLIENT_ID: CLIENT_ID,
    };
    expect(readPackageConfig(env)).toEqual({
      teamsAppId: APP_ID,
      appDomain: 'northstar.contoso.com',
      entraClientId: CLIENT_ID,
      usesPlaceholders: false,
    });
  });

  it('flags a package where only one id is real', () => {
    expect(readPackageConfig({ TEAMS_APP_ID: APP_ID }).usesPlaceholders).toBe(true);
  });

  it.each([
    ['TEAMS_APP_ID', 'not-a-guid'],
    ['ENTRA_CLIENT_ID', '1234'],
    ['APP_DOMAIN', 'https://northstar.contoso.com'],
    ['APP_DOMAIN', 'northstar.contoso.com/'],
  ])('rejects %s=%j and names it', (name, value) => {
    expect(() => readPackageConfig({ [name]: value })).toThrow(new RegExp(`at ${name}`));
  });
});
