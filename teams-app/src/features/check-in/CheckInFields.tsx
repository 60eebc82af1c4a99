import { Field, Input, Slider, Switch, Text, Textarea } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import {
  NOTE_MAX_LENGTH,
  doneValue,
  valueUnit,
  type CheckInDraft,
  type CheckInFieldErrors,
} from './check-in-draft';
import { useCheckInDialogStyles } from './CheckInDialog.styles';

/** Props of `CheckInFields`. */
export interface CheckInFieldsProps {
  goal: GoalView;
  draft: CheckInDraft;
  errors: CheckInFieldErrors;
  onChange: (change: Partial<CheckInDraft>) => void;
}

/** The check-in form's fields: value or done, confidence 0-10, note; errors beside each. */
export function CheckInFields({ goal, draft, errors, onChange }: CheckInFieldsProps) {
  return (
    <>
      <ValueField goal={goal} draft={draft} error={errors.value} onChange={onChange} />
      <ConfidenceField
        value={draft.confidence}
        error={errors.confidence}
        onChange={(confidence) => onChange({ confidence })}
      />
      <Field
        label="Note"
        hint="Optional: what moved, what is in the way."
        validationMessage={errors.note}
        validationState={errors.note ? 'error' : 'none'}
      >
        <Textarea
          resize="vertical"
          maxLength={NOTE_MAX_LENGTH}
          value={draft.note}
          onChange={(_, data) => onChange({ note: data.value })}
        />
      </Field>
    </>
  );
}

/** The new value in the goal's unit (percent without a metric), or "done". */
function ValueField({
  goal,
  draft,
  error,
  onChange,
}: Omit<CheckInFieldsProps, 'errors'> & { error: string | undefined }) {
  const styles = useCheckInDialogStyles();
  const unit = valueUnit(goal);
  const done = `${String(doneValue(goal))}${goal.metric ? ` ${unit}` : '%'}`;
  return (
    <>
      <Field
        label={goal.metric ? `New value (${unit})` : 'Progress (%)'}
        hint={valueHint(goal)}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        <Input
          className={styles.valueInput}
          type="number"
          inputMode="decimal"
          step="any"
          value={draft.done ? String(doneValue(goal)) : draft.value}
          disabled={draft.done}
          contentAfter={<Text size={200}>{unit}</Text>}
          onChange={(_, data) => onChange({ value: data.value })}
        />
      </Field>
      <Switch
        label={`Mark as done (sets the value to ${done})`}
        checked={draft.done}
        onChange={(_, data) => onChange({ done: data.checked })}
      />
    </>
  );
}

function valueHint(goal: GoalView): string {
  if (!goal.metric) return 'From 0 to 100.';
  const { start, target, unit } = goal.metric;
  const now = goal.current === null ? 'no check-in yet' : `now ${String(goal.current)}`;
  return `From ${String(start)} to ${String(target)} ${unit}; ${now}.`;
}

function ConfidenceField({
  value,
  error,
  onChange,
}: {
  value: number;
  error: string | undefined;
  onChange: (value: number) => void;
}) {
  const styles = useCheckInDialogStyles();
  return (
    <Field
      label="Confidence"
      hint="How sure are you of reaching the target? 0: it will not happen, 10: certain."
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      <div className={styles.sliderRow}>
        <Slider
          className={styles.slider}
          min={0}
          max={10}
          step={1}
          value={value}
          aria-valuetext={`${String(value)} of 10`}
          onChange={(_, data) => onChange(data.value)}
        />
        {/* The slider announces its value itself; this copy is for the eye. */}
        <Text className={styles.sliderValue} aria-hidden>
          {value}/10
        </Text>
      </div>
      <div className={styles.scale} aria-hidden>
        <Text size={200}>0 Not at all</Text>
        <Text size={200}>10 Certain</Text>
      </div>
    </Field>
  );
}
