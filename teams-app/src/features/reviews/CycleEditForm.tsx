import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReviewCycle, UpdateCycle } from '@northstar/shared';
import { useState } from 'react';
import { PHASE_FIELDS } from './cycle-draft';
import { cycleEditIssues, cyclePatchOf, editOfCycle, type CycleEdit } from './cycle-edit';
import { fieldErrorAt } from './field-error';
import { useReviewsStyles } from './Reviews.styles';

const FIELDS: { key: keyof CycleEdit; label: string; type: 'text' | 'date'; path: string }[] = [
  { key: 'name', label: 'Name', type: 'text', path: 'name' },
  ...PHASE_FIELDS.map((field) => ({ ...field, type: 'date' as const })),
];

/**
 * Rename a cycle or move its dates. The form checks the name and the phase order itself before
 * sending; what the server still rejects comes back next to its field.
 */
export function CycleEditForm({
  cycle,
  busy,
  serverErrors,
  onSave,
}: {
  cycle: ReviewCycle;
  busy: boolean;
  serverErrors: Readonly<Record<string, string>>;
  onSave: (patch: UpdateCycle) => void;
}) {
  const styles = useReviewsStyles();
  const [edit, setEdit] = useState<CycleEdit>(() => editOfCycle(cycle));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [unchanged, setUnchanged] = useState(false);
  const submit = () => {
    const found = cycleEditIssues(edit);
    setIssues(found);
    const patch = cyclePatchOf(cycle, edit);
    setUnchanged(patch === null);
    if (Object.keys(found).length === 0 && patch !== null) onSave(patch);
  };
  return (
    <form
      aria-labelledby="edit-cycle"
      className={styles.section}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="edit-cycle" className={styles.heading}>
        Name and dates
      </h2>
      {unchanged && (
        <MessageBar intent="info">
          <MessageBarBody>Nothing to save: change the name or a date first.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.form}>
        {FIELDS.map(({ key, label, type, path }) => {
          const message = issues[path] ?? fieldErrorAt(serverErrors, path);
          return (
            <Field key={key} label={label} {...(message ? { validationMessage: message } : {})}>
              <Input
                type={type}
                value={edit[key]}
                onChange={(_, data) => setEdit((e) => ({ ...e, [key]: data.value }))}
              />
            </Field>
          );
        })}
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
