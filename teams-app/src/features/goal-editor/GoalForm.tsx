import { Button, Text } from '@fluentui/react-components';
import type { GoalLevel } from '@northstar/shared';
import type { Ref } from 'react';
import type { ResourceHandle } from '../../app/use-resource';
import { DateFields, TitleFields, type DraftFieldsProps } from './BasicFields';
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
      <TitleFields draft={draft} errors={errors} update={update} />
      <LevelField
        level={draft.level}
        levels={levels}
        error={errors.level}
        onChange={(level) => update({ level })}
      />
      <MetricFields draft={draft} errors={errors} update={update} />
      <DateFields draft={draft} errors={errors} update={update} />
      <AudienceFields draft={draft} errors={errors} update={update} options={parentOptions} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : isNew ? 'Create goal' : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

/** Who sees the goal and what it rolls up to; both depend on the level. */
function AudienceFields(props: DraftFieldsProps & { options: ResourceHandle<ParentOption[]> }) {
  const { draft, errors, update, options } = props;
  const styles = useGoalEditorStyles();
  return (
    <>
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
          options={options}
          error={errors.parents}
        />
      )}
    </>
  );
}
