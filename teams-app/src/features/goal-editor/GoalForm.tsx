import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import type { GoalLevel } from '@northstar/shared';
import type { Ref } from 'react';
import type { ResourceHandle } from '../../app/use-resource';
import { useGoalEditorStyles } from './GoalEditor.styles';
import { isPersonal } from './goal-draft';
import { MetricFields } from './MetricFields';
import { ParentPicker } from './ParentPicker';
import { LevelField, VisibilityField } from './ScopeFields';
import type { GoalForm as GoalFormModel } from './use-goal-form';
import type { ParentOption } from './use-parent-options';

export interface GoalFormProps {
  form: GoalFormModel;
  /** Levels on offer for a new goal; absent when editing. */
  levels: GoalLevel[] | undefined;
  parentOptions: ResourceHandle<ParentOption[]>;
  onCancel: () => void;
  formRef: Ref<HTMLFormElement>;
}

/** The goal's fields, each with its own message, and the save and cancel buttons. */
export function GoalForm({ form, levels, parentOptions, onCancel, formRef }: GoalFormProps) {
  const styles = useGoalEditorStyles();
  const { draft, errors, update } = form;
  const isNew = form.base === undefined;
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={isNew ? 'New goal' : 'Edit goal'}
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
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
      <LevelField
        level={draft.level}
        levels={levels}
        error={errors.level}
        onChange={(level) => update({ level })}
      />
      <MetricFields draft={draft} errors={errors} update={update} />
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
      {isPersonal(draft.level) && (
        <VisibilityField
          visibility={draft.visibility}
          error={errors.visibility}
          onChange={(visibility) => update({ visibility })}
        />
      )}
      {draft.level === 'company' ? (
        <Text className={styles.muted}>
          Company goals are the top of the alignment, so they do not roll up to another goal.
        </Text>
      ) : (
        <ParentPicker
          parents={draft.parents}
          onChange={(parents) => update({ parents })}
          options={parentOptions}
          error={errors.parents}
        />
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : isNew ? 'Create goal' : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
