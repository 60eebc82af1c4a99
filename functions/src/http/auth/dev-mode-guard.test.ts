import { assertDevModeAllowed } from './dev-mode-guard.js';
import type { DevModeEnvironment } from './dev-mode-guard.js';

describe('assertDevModeAllowed', () => {
  it.each<[string, DevModeEnvironment]>([
    ['nothing set', {}],
    ['empty values', { websiteInstanceId: '', cosmosEndpoint: ' ' }],
    ['a Cosmos endpoint on localhost', { cosmosEndpoint: 'https://localhost:8081/' }],
    ['a Cosmos endpoint on LOCALHOST', { cosmosEndpoint: 'https://LOCALHOST:8081' }],
    ['a Cosmos endpoint on 127.0.0.1', { cosmosEndpoint: 'https://127.0.0.1:8081/' }],
    ['a Cosmos endpoint on ::1', { cosmosEndpoint: 'https://[::1]:8081/' }],
  ])('allows dev mode with %s', (_case, env) => {
    expect(() => {
      assertDevModeAllowed(env);
    }).not.toThrow();
  });

  it.each<[string, DevModeEnvironment, RegExp]>([
    ['inside Azure', { websiteInstanceId: 'a1b2c3d4e5' }, /WEBSITE_INSTANCE_ID .*Azure/],
    [
      'inside Azure with a local Cosmos',
      { websiteInstanceId: 'x', cosmosEndpoint: 'https://localhost:8081' },
      /Azure/,
    ],
    [
      'with a Cosmos account in Azure',
      { cosmosEndpoint: 'https://northstar.documents.azure.com:443/' },
      /COSMOS_ENDPOINT/,
    ],
    [
      'with a host that only starts with localhost',
      { cosmosEndpoint: 'https://localhost.evil.example/' },
      /COSMOS_ENDPOINT/,
    ],
    [
      'with another loopback-looking host',
      { cosmosEndpoint: 'https://127.0.0.1.nip.io/' },
      /COSMOS_ENDPOINT/,
    ],
    ['with a LAN address', { cosmosEndpoint: 'https://192.168.1.20:8081/' }, /COSMOS_ENDPOINT/],
    ['with an endpoint that is not a URL', { cosmosEndpoint: 'localhost' }, /COSMOS_ENDPOINT/],
  ])('refuses dev mode %s', (_case, env, reason) => {
    expect(() => {
      assertDevModeAllowed(env);
    }).toThrow(reason);
  });
});
