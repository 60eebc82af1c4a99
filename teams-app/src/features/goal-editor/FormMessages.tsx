import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Ref } from 'react';
import { useGoalEditorStyles } from './GoalEditor.styles';
import { FIELD_KEYS, FIELD_LABELS, type FieldErrors, type FieldKey } from './form-errors';

export interface FormMessagesProps {
  errors: FieldErrors;
  general: string | undefined;
  conflict: string[] | undefined;
  /** Moves focus to a field, from the summary. */
  onFocusField: (key: FieldKey) => void;
  /** Focus lands here after a save fails with no field to point at. */
  messagesRef: Ref<HTMLDivElement>;
}

/** The top of the form: what stopped the save, and what someone else changed meanwhile. */
export function FormMessages(props: FormMessagesProps) {
  const { errors, general, conflict, onFocusField, messagesRef } = props;
  const styles = useGoalEditorStyles();
  const fields = FIELD_KEYS.filter((key) => errors[key] !== undefined);
  if (fields.length === 0 && general === undefined && conflict === undefined) return null;
  return (
    <div ref={messagesRef} tabIndex={-1} className={styles.messages}>
      {conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this goal while you were editing</MessageBarTitle>
            <ul className={styles.summaryList}>
              {conflict.length === 0 ? (
                <li>None of the fields you can edit changed (a check-in, perhaps).</li>
              ) : (
                conflict.map((line) => <li key={line}>{line}</li>)
              )}
            </ul>
            Your edits are still here. Check them and select Save changes again.
          </MessageBarBody>
        </MessageBar>
      )}
      {(fields.length > 0 || general !== undefined) && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The goal was not saved</MessageBarTitle>
            {general}
            {fields.length > 0 && (
              <ul aria-label="Fields to fix" className={styles.summaryList}>
                {fields.map((key) => (
                  <li key={key}>
                    <Link
                      as="button"
                      type="button"
                      className={styles.summaryLink}
                      onClick={() => onFocusField(key)}
                    >
                      {FIELD_LABELS[key]}: {errors[key]}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
