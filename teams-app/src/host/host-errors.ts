/** Why a token could not be had, so a screen can say what to do next. */
export type HostAuthErrorCode =
  | 'consent_required'
  | 'sign_in_cancelled'
  | 'popup_blocked'
  | 'host_unavailable'
  | 'token_unavailable';

const authMessages: Record<HostAuthErrorCode, string> = {
  consent_required:
    'Northstar needs permission before it can sign you in. Ask your admin to approve Northstar, then try again.',
  sign_in_cancelled: 'Sign-in was cancelled. Try again when you are ready.',
  popup_blocked: 'The sign-in window could not open. Allow pop-ups for this site and try again.',
  host_unavailable: 'Northstar lost its connection to Teams. Reload the tab and try again.',
  token_unavailable:
    'Northstar could not sign you in. Reload the tab and try again; if it keeps happening, tell your admin.',
};

/**
 * Getting a token for our API failed. `message` is plain words fit to show the user; the SDK's own
 * error, if any, is kept as `cause` for diagnostics.
 */
export class HostAuthError extends Error {
  constructor(
    readonly code: HostAuthErrorCode,
    options?: { cause?: unknown },
  ) {
    super(authMessages[code], options);
    this.name = 'HostAuthError';
  }
}

/** Why a host capability could not run. */
export type HostCapabilityProblem = 'not_initialized' | 'not_supported';

/**
 * A host capability was called before the host connection was made, or the host does not offer
 * it (teams-js `isSupported()` said no).
 */
export class HostCapabilityError extends Error {
  constructor(
    readonly capability: string,
    readonly problem: HostCapabilityProblem,
  ) {
    super(
      problem === 'not_initialized'
        ? `The host connection is not ready, so ${capability} cannot run yet.`
        : `This host does not offer ${capability}.`,
    );
    this.name = 'HostCapabilityError';
  }
}

/** The one normalizer for anything thrown while getting a token. */
export function toHostAuthError(error: unknown): HostAuthError {
  if (error instanceof HostAuthError) return error;
  if (error instanceof HostCapabilityError) {
    return new HostAuthError('host_unavailable', { cause: error });
  }
  return new HostAuthError('token_unavailable', { cause: error });
}
