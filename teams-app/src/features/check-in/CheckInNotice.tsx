import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

/** The outcome of a check-in, for the screen that opened the dialog. */
export interface CheckInOutcome {
  intent: 'success' | 'error';
  title: string;
  message: string;
}

/** A check-in's outcome as a dismissable message bar (announced by Fluent's announcer). */
export function CheckInNotice({
  outcome,
  onDismiss,
}: {
  outcome: CheckInOutcome;
  onDismiss: () => void;
}) {
  return (
    // "multiline" never measures itself, so it also works where ResizeObserver is missing.
    <MessageBar intent={outcome.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle> {outcome.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
