import { HostAuthError, HostCapabilityError, toHostAuthError } from './host-errors';

describe('toHostAuthError', () => {
  it('keeps a HostAuthError as it is', () => {
    const error = new HostAuthError('sign_in_cancelled');
    expect(toHostAuthError(error)).toBe(error);
  });

  it.each([
    [
      'a missing host connection',
      new HostCapabilityError('app.getContext', 'not_initialized'),
      'host_unavailable',
    ],
    [
      'an unsupported capability',
      new HostCapabilityError('pages', 'not_supported'),
      'host_unavailable',
    ],
    ['a plain Error', new Error('x'), 'token_unavailable'],
    ['a thrown string', 'nope', 'token_unavailable'],
  ])('turns %s into %s, keeping the cause', (_case, thrown, code) => {
    const error = toHostAuthError(thrown);
    expect({ code: error.code, cause: error.cause }).toEqual({ code, cause: thrown });
  });

  it('says what to do in plain words, without the SDK text', () => {
    const error = toHostAuthError(new Error('AADSTS50058: silent sign-in failed'));
    expect(error.message).toBe(
      'Northstar could not sign you in. Reload the tab and try again; if it keeps happening, tell your admin.',
    );
  });
});

describe('HostCapabilityError', () => {
  it.each([
    [
      'not_initialized' as const,
      'The host connection is not ready, so app.getContext cannot run yet.',
    ],
    ['not_supported' as const, 'This host does not offer app.getContext.'],
  ])('explains %s', (problem, message) => {
    expect(new HostCapabilityError('app.getContext', problem).message).toBe(message);
  });
});
