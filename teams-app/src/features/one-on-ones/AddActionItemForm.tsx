import { Button, Field, Input, Select } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AddActionItem } from '@northstar/shared';
import { useState, type FormEvent } from 'react';
import { fieldProblems, type FieldProblems } from './field-problems';
import { FormProblem } from './FormProblem';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import type { Participants } from './participants';

const FIELDS = ['text', 'ownerId', 'dueDate'] as const;
type ItemField = (typeof FIELDS)[number];
const NONE: FieldProblems<ItemField> = { fields: {}, general: null };

/** Props of `AddActionItemForm`. */
export interface AddActionItemFormProps {
  participants: Participants;
  /** Adds the item; resolves with the error when it was not added, null when it was. */
  onAdd: (input: AddActionItem) => Promise<unknown>;
}

/** Adds an action item owned by either participant, with an optional due date. */
export function AddActionItemForm({ participants, onAdd }: AddActionItemFormProps) {
  const styles = useOneOnOneDetailStyles();
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(participants.reportId);
  const [dueDate, setDueDate] = useState('');
  const [problems, setProblems] = useState(NONE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      setProblems({ fields: { text: 'Write the action item first.' }, general: null });
      return;
    }
    setProblems(NONE);
    setText('');
    setDueDate('');
    const error = await onAdd({ text: trimmed, ownerId, ...(dueDate ? { dueDate } : {}) });
    if (error === null) return;
    setText(trimmed);
    setDueDate(dueDate);
    setProblems(fieldProblems(error, FIELDS));
  };
  const { me, other } = participants;
  return (
    <form className={styles.form} aria-label="Add an action item" onSubmit={(e) => void submit(e)}>
      <FormProblem title="The action item was not added" message={problems.general} />
      <Field label="New action item" validationMessage={problems.fields.text}>
        <Input value={text} maxLength={500} onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.formRow}>
        <Field label="Owner" validationMessage={problems.fields.ownerId}>
          <Select value={ownerId} onChange={(_, data) => setOwnerId(data.value)}>
            <option value={me.id}>Me ({me.displayName})</option>
            <option value={other.id}>{other.displayName}</option>
          </Select>
        </Field>
        <Field label="Due date (optional)" validationMessage={problems.fields.dueDate}>
          <Input type="date" value={dueDate} onChange={(_, data) => setDueDate(data.value)} />
        </Field>
      </div>
      <div className={styles.formActions}>
        <Button type="submit" icon={<AddRegular />}>
          Add action item
        </Button>
      </div>
    </form>
  );
}
