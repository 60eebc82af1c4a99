import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** What stopped a save, when no single field can show it; nothing when there is nothing. */
export function FormProblem({ title, message }: { title: string; message: string | null }) {
  if (message === null) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
