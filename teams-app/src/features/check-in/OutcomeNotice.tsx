import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

/** The outcome of an action (a check-in, an archive) for the screen where it started. */
export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  message: string;
}

/** An outcome as a dismissable message bar (announced by Fluent's announcer). */
export function OutcomeNotice({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
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
