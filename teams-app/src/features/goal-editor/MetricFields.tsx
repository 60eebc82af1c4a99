import { Field, Input, Switch } from '@fluentui/react-components';
import { useGoalEditorStyles } from './GoalEditor.styles';
import type { DraftFieldsProps } from './BasicFields';

/** "Measure with a number": a unit, where it starts and the target. */
export function MetricFields({ draft, errors, update }: DraftFieldsProps) {
  const styles = useGoalEditorStyles();
  return (
    <div className={styles.metric}>
      <Switch
        label="Measure with a number"
        checked={draft.measured}
        onChange={(_, data) => update({ measured: data.checked })}
      />
      {draft.measured && (
        <div className={styles.row}>
          <Field
            label="Unit"
            hint="For example tickets, %, or €k"
            required
            className={styles.rowItem}
            validationMessage={errors['metric.unit']}
            data-field="metric.unit"
          >
            <Input value={draft.unit} onChange={(_, data) => update({ unit: data.value })} />
          </Field>
          <Field
            label="Start value"
            required
            className={styles.rowItem}
            validationMessage={errors['metric.start']}
            data-field="metric.start"
          >
            <Input
              type="number"
              inputMode="decimal"
              value={draft.start}
              onChange={(_, data) => update({ start: data.value })}
            />
          </Field>
          <Field
            label="Target"
            required
            className={styles.rowItem}
            validationMessage={errors['metric.target']}
            data-field="metric.target"
          >
            <Input
              type="number"
              inputMode="decimal"
              value={draft.target}
              onChange={(_, data) => update({ target: data.value })}
            />
          </Field>
        </div>
      )}
    </div>
  );
}
