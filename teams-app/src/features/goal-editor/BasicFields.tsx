import { Field, Input, Textarea } from '@fluentui/react-components';
import { useGoalEditorStyles } from './GoalEditor.styles';
import type { FieldErrors } from './form-errors';
import type { GoalDraft } from './goal-draft';

/** The draft, its messages and how to change it: what every group of fields receives. */
export interface DraftFieldsProps {
  draft: GoalDraft;
  errors: FieldErrors;
  update: (change: Partial<GoalDraft>) => void;
}

/** What the goal is: its title and, optionally, why and how. */
export function TitleFields({ draft, errors, update }: DraftFieldsProps) {
  return (
    <>
      <Field
        label="Title"
        required
        hint="What will be true when you are done?"
        validationMessage={errors.title}
        data-field="title"
      >
        <Input value={draft.title} onChange={(_, data) => update({ title: data.value })} />
      </Field>
      <Field
        label="Description (optional)"
        hint="Why it matters and how you will get there."
        validationMessage={errors.description}
        data-field="description"
      >
        <Textarea
          resize="vertical"
          value={draft.description}
          onChange={(_, data) => update({ description: data.value })}
        />
      </Field>
    </>
  );
}

/** When: start and due dates, side by side when there is room. */
export function DateFields({ draft, errors, update }: DraftFieldsProps) {
  const styles = useGoalEditorStyles();
  return (
    <div className={styles.row}>
      <Field
        label="Start date"
        required
        className={styles.rowItem}
        validationMessage={errors.startDate}
        data-field="startDate"
      >
        <Input
          type="date"
          value={draft.startDate}
          onChange={(_, data) => update({ startDate: data.value })}
        />
      </Field>
      <Field
        label="Due date"
        required
        className={styles.rowItem}
        validationMessage={errors.dueDate}
        data-field="dueDate"
      >
        <Input
          type="date"
          value={draft.dueDate}
          onChange={(_, data) => update({ dueDate: data.value })}
        />
      </Field>
    </div>
  );
}
