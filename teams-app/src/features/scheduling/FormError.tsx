import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiError, messageOf } from '../../api/api-error';
import type { SubmitState } from './use-submit';

/** The server's per-field messages of a failed submission (none otherwise). */
export function fieldErrorsOf(state: SubmitState<unknown>): Readonly<Record<string, string>> {
  return state.status === 'error' && state.error instanceof ApiError ? state.error.fieldErrors : {};
}

/** A failed submission in the server's words. */
export function FormError({ title, state }: { title: string; state: SubmitState<unknown> }) {
  if (state.status !== 'error') return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {messageOf(state.error)}
      </MessageBarBody>
    </MessageBar>
  );
}
