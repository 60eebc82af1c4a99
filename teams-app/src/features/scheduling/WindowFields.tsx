import { Field, Input, Select } from '@fluentui/react-components';
import { useSchedulingStyles } from './Scheduling.styles';
import { DURATIONS, fieldError, type WindowDraft } from './scheduling-format';

/** Duration and the window's first and last day, each with the server's message beside it. */
export function WindowFields({
  value,
  onChange,
  errors,
}: {
  value: WindowDraft;
  onChange: (next: WindowDraft) => void;
  errors: Readonly<Record<string, string>>;
}) {
  const styles = useSchedulingStyles();
  const message = (name: string) => {
    const text = fieldError(errors, name);
    return text === undefined ? {} : { validationMessage: text };
  };
  return (
    <div className={styles.row}>
      <Field label="Duration" {...message('durationMinutes')}>
        <Select
          value={String(value.durationMinutes)}
          onChange={(_e, data) => {
            onChange({ ...value, durationMinutes: Number(data.value) });
          }}
        >
          {DURATIONS.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes} minutes
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From" {...message('windowStart')}>
        <Input
          type="date"
          value={value.startDate}
          onChange={(_e, data) => {
            onChange({ ...value, startDate: data.value });
          }}
        />
      </Field>
      <Field label="Until (included)" {...message('windowEnd')}>
        <Input
          type="date"
          value={value.endDate}
          onChange={(_e, data) => {
            onChange({ ...value, endDate: data.value });
          }}
        />
      </Field>
    </div>
  );
}
