import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { emptyCycleDraft, toCreateCycle, type CycleDraft } from './cycle-draft';
import { useReviewsStyles } from './Reviews.styles';

/** Each field: its label, input type and the server path of its errors. */
const FIELDS: [keyof CycleDraft, string, 'text' | 'date', string][] = [
  ['name', 'Name', 'text', 'name'],
  ['periodId', 'Period id (e.g. fy27-h1)', 'text', 'periodId'],
  ['departments', 'Departments (comma separated, empty for everyone)', 'text', 'scope'],
  ['selfStart', 'Self review starts', 'date', 'phases.selfReview.start'],
  ['selfEnd', 'Self review ends', 'date', 'phases.selfReview.end'],
  ['managerStart', 'Manager review starts', 'date', 'phases.managerReview.start'],
  ['managerEnd', 'Manager review ends', 'date', 'phases.managerReview.end'],
  ['release', 'Release on', 'date', 'phases.release'],
  ['acknowledgeBy', 'Acknowledge by', 'date', 'phases.acknowledgeBy'],
];

function errorFor(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

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
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>New cycle</h3>
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{messageOf(error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.form}>
        {FIELDS.map(([key, label, type, path]) => {
          const message = errorFor(fieldErrors, path);
          return (
            <Field key={key} label={label} {...(message ? { validationMessage: message } : {})}>
              <Input
                type={type}
                value={draft[key]}
                onChange={(_, data) => setDraft((d) => ({ ...d, [key]: data.value }))}
              />
            </Field>
          );
        })}
      </div>
      <Button type="submit" appearance="primary" disabled={saving}>
        Create cycle
      </Button>
    </form>
  );
}
