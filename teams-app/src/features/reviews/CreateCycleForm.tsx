import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import {
  PHASE_FIELDS,
  emptyCycleDraft,
  toCreateCycle,
  type CycleDraft,
  type PhaseKey,
} from './cycle-draft';
import { fieldErrorAt } from './field-error';
import { useReviewsStyles } from './Reviews.styles';

/** Each field: its key, label, input type and the server path of its errors. */
const FIELDS: [keyof CycleDraft, string, 'text' | 'date', string][] = [
  ['name', 'Name', 'text', 'name'],
  ['periodId', 'Period id', 'text', 'periodId'],
  ['departments', 'Departments', 'text', 'scope'],
  ...PHASE_FIELDS.map(({ key, label, path }): [PhaseKey, string, 'date', string] => [
    key,
    label,
    'date',
    path,
  ]),
];

const HINTS: Partial<Record<keyof CycleDraft, string>> = {
  periodId: 'For example fy27-h1',
  departments: 'Comma separated; empty for everyone',
};

/** A compact form for a draft cycle with the default template (2 ratings, text, goals). */
export function CreateCycleForm({ onCreated }: { onCreated: () => void }) {
  const styles = useReviewsStyles();
  const { api } = useApp();
  const [draft, setDraft] = useState<CycleDraft>(emptyCycleDraft);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await api.createCycle(toCreateCycle(draft));
      setDraft(emptyCycleDraft());
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      aria-label="New cycle"
      className={styles.section}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 className={styles.subheading}>New cycle</h3>
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{messageOf(error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.form}>
        {FIELDS.map(([key, label, type, path]) => {
          const message = fieldErrorAt(fieldErrors, path);
          return (
            <Field
              key={key}
              label={label}
              {...(HINTS[key] ? { hint: HINTS[key] } : {})}
              {...(message ? { validationMessage: message } : {})}
            >
              <Input
                type={type}
                value={draft[key]}
                onChange={(_, data) => setDraft((d) => ({ ...d, [key]: data.value }))}
              />
            </Field>
          );
        })}
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={saving}>
          Create cycle
        </Button>
      </div>
    </form>
  );
}
