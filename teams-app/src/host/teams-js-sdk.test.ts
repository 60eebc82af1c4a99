import {
  AuthError,
  BrowserAuthError,
  type AuthenticationResult,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import { HostCapabilityError } from './host-errors';
import { msalAuthError, nestedAuthClient } from './msal-nested-auth';
import { createTeamsJsSdk, teamsAuthError } from './teams-js-sdk';

describe('teams-js adapter before app.initialize()', () => {
  const sdk = createTeamsJsSdk();

  it.each([
    ['getContext', () => sdk.getContext()],
    ['getAuthToken', () => sdk.getAuthToken()],
    ['notifySuccess', () => sdk.notifySuccess()],
    ['createNestedAuth', () => sdk.createNestedAuth({ clientId: 'c', authority: 'a' })],
  ])('%s rejects with a not_initialized HostCapabilityError', async (_name, call) => {
    await expect(call()).rejects.toMatchObject({
      name: 'HostCapabilityError',
      problem: 'not_initialized',
    });
  });

  it.each([
    ['isNAAChannelRecommended', () => sdk.isNAAChannelRecommended()],
    ['registerOnThemeChangeHandler', () => sdk.registerOnThemeChangeHandler(() => undefined)],
  ])('%s throws a HostCapabilityError', (_name, call) => {
    expect(call).toThrow(HostCapabilityError);
  });
});

describe('MSAL errors', () => {
  it.each([
    [
      'consent required',
      'consent_required',
      new InteractionRequiredAuthError('consent_required', 'c'),
    ],
    ['user closed the window', 'sign_in_cancelled', new BrowserAuthError('user_cancelled', 'c')],
    ['popup could not open', 'popup_blocked', new BrowserAuthError('popup_window_error', 'c')],
    ['popup was empty', 'popup_blocked', new BrowserAuthError('empty_window_error', 'c')],
    ['server error', 'token_unavailable', new ServerError('invalid_grant', 'AADSTS70000')],
    ['other MSAL error', 'token_unavailable', new AuthError('unexpected_error', 'c')],
    ['not an MSAL error', 'token_unavailable', new TypeError('x')],
  ])('%s -> %s', (_case, code, error) => {
    expect(msalAuthError(error)).toMatchObject({ code, cause: error });
  });
});

describe('getAuthToken rejections', () => {
  it.each([
    ['resourceRequiresConsent', 'consent_required'],
    ['CancelledByUser', 'sign_in_cancelled'],
    ['FailedToOpenWindow', 'token_unavailable'],
    ['tokenRevoked', 'token_unavailable'],
  ])('%s -> %s', (reason, code) => {
    const error = new Error(reason);
    expect(teamsAuthError(error)).toMatchObject({ code, cause: error });
  });
});

describe('nestedAuthClient over MSAL', () => {
  type Pca = Parameters<typeof nestedAuthClient>[0];
  const result = (accessToken: string) => ({ accessToken }) as AuthenticationResult;

  function pca(silent: () => Promise<AuthenticationResult>): Pca & { requests: string[][] } {
    const requests: string[][] = [];
    return {
      requests,
      acquireTokenSilent: (request) => {
        requests.push(request.scopes);
        return silent();
      },
      acquireTokenPopup: (request) => {
        requests.push(request.scopes);
        return Promise.resolve(result('popup-token'));
      },
    };
  }

  it('returns the silent token for the scopes asked', async () => {
    const fake = pca(() => Promise.resolve(result('silent-token')));
    const client = nestedAuthClient(fake);
    await expect(client.acquireTokenSilent(['api://n/s'])).resolves.toEqual({
      kind: 'token',
      token: 'silent-token',
    });
    await expect(client.acquireTokenPopup(['api://n/s'])).resolves.toBe('popup-token');
    expect(fake.requests).toEqual([['api://n/s'], ['api://n/s']]);
  });

  it('reports interaction required as a result', async () => {
    const client = nestedAuthClient(
      pca(() => Promise.reject(new InteractionRequiredAuthError('interaction_required', 'c'))),
    );
    await expect(client.acquireTokenSilent(['s'])).resolves.toEqual({
      kind: 'interaction_required',
    });
  });

  it('turns other silent failures into a HostAuthError', async () => {
    const client = nestedAuthClient(
      pca(() => Promise.reject(new BrowserAuthError('user_cancelled', 'c'))),
    );
    await expect(client.acquireTokenSilent(['s'])).rejects.toMatchObject({
      name: 'HostAuthError',
      code: 'sign_in_cancelled',
    });
  });
});
