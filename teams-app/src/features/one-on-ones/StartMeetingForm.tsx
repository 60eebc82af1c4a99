import { Button, Field, Input } from '@fluentui/react-components';
import { CalendarAddRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { OneOnOneView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { fieldProblems, type FieldProblems } from './field-problems';
import { FormProblem } from './FormProblem';
import { fromLocalInputs, toLocalInputs } from './local-time';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';

const NONE: FieldProblems<'scheduledFor'> = { fields: {}, general: null };

/** Props of `StartMeetingForm`. */
export interface StartMeetingFormProps {
  seriesId: string;
  /** The date and time filled in to start with. */
  suggested: Date;
  /** The button's words: "Start next 1:1" or "Plan the first 1:1". */
  action: string;
  onCreated: (meeting: OneOnOneView) => void;
}

/** Creates the next 1:1 of the series at a local date and time. */
export function StartMeetingForm({
  seriesId,
  suggested,
  action,
  onCreated,
}: StartMeetingFormProps) {
  const styles = useOneOnOneDetailStyles();
  const { api } = useApp();
  const [when, setWhen] = useState(() => toLocalInputs(suggested));
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState(NONE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scheduledFor = fromLocalInputs(when.date, when.time);
    if (scheduledFor === null) {
      setProblems({ fields: { scheduledFor: 'Pick a date and a time.' }, general: null });
      return;
    }
    setBusy(true);
    setProblems(NONE);
    try {
      onCreated(await api.createOneOnOne(seriesId, { scheduledFor }));
    } catch (error) {
      setProblems(fieldProblems(error, ['scheduledFor'] as const));
      setBusy(false);
    }
  };
  return (
    <form className={styles.form} aria-label={action} onSubmit={(e) => void submit(e)}>
      <FormProblem title="The 1:1 was not created" message={problems.general} />
      <div className={styles.formRow}>
        <Field label="Date" required validationMessage={problems.fields.scheduledFor}>
          <Input
            type="date"
            value={when.date}
            onChange={(_, data) => setWhen((w) => ({ ...w, date: data.value }))}
          />
        </Field>
        <Field label="Time" required>
          <Input
            type="time"
            value={when.time}
            onChange={(_, data) => setWhen((w) => ({ ...w, time: data.value }))}
          />
        </Field>
      </div>
      <div className={styles.formActions}>
        <Button type="submit" appearance="primary" icon={<CalendarAddRegular />} disabled={busy}>
          {busy ? 'Creating…' : action}
        </Button>
      </div>
    </form>
  );
}
