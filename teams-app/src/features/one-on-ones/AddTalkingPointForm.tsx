import { Button, Field, Input, Select } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AddTalkingPoint, GoalView } from '@northstar/shared';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/api-error';
import type { ResourceHandle } from '../../app/use-resource';
import { fieldProblems, type FieldProblems } from './field-problems';
import { FormProblem } from './FormProblem';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';

const FIELDS = ['text', 'goalIds'] as const;
type AgendaField = (typeof FIELDS)[number];
const NONE: FieldProblems<AgendaField> = { fields: {}, general: null };

/** Props of `AddTalkingPointForm`. */
export interface AddTalkingPointFormProps {
  goals: ResourceHandle<GoalView[]>;
  /** Adds the point; resolves with the error when it was not added, null when it was. */
  onAdd: (input: AddTalkingPoint) => Promise<unknown>;
}

/**
 * Adds a talking point, optionally linked to one of the report's goals. The field clears at
 * once (the point shows as being added); a failure puts the text back with the server's words.
 */
export function AddTalkingPointForm({ goals, onAdd }: AddTalkingPointFormProps) {
  const styles = useOneOnOneDetailStyles();
  const [text, setText] = useState('');
  const [goalId, setGoalId] = useState('');
  const [problems, setProblems] = useState(NONE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      setProblems({ fields: { text: 'Write the talking point first.' }, general: null });
      return;
    }
    setProblems(NONE);
    setText('');
    setGoalId('');
    const error = await onAdd({ text: trimmed, ...(goalId ? { goalIds: [goalId] } : {}) });
    if (error === null) return;
    setText(trimmed);
    setGoalId(goalId);
    setProblems(fieldProblems(error, FIELDS));
  };
  return (
    <form className={styles.form} aria-label="Add a talking point" onSubmit={(e) => void submit(e)}>
      <FormProblem title="The talking point was not added" message={problems.general} />
      <div className={styles.formRow}>
        <Field label="New talking point" validationMessage={problems.fields.text}>
          <Input value={text} maxLength={500} onChange={(_, data) => setText(data.value)} />
        </Field>
        <GoalPicker
          goals={goals}
          value={goalId}
          onChange={setGoalId}
          error={problems.fields.goalIds}
        />
      </div>
      <div className={styles.formActions}>
        <Button type="submit" icon={<AddRegular />}>
          Add talking point
        </Button>
      </div>
    </form>
  );
}

function GoalPicker({
  goals,
  value,
  onChange,
  error,
}: {
  goals: ResourceHandle<GoalView[]>;
  value: string;
  onChange: (goalId: string) => void;
  error: string | undefined;
}) {
  const styles = useOneOnOneDetailStyles();
  const { state } = goals;
  const active = state.status === 'ready' ? state.data.filter((g) => g.state === 'active') : [];
  const hint =
    state.status === 'loading'
      ? 'Loading the goals…'
      : state.status === 'error'
        ? `The goals could not be loaded. ${messageOf(state.error)}`
        : active.length === 0
          ? 'There are no active goals to link.'
          : undefined;
  return (
    <div className={styles.form}>
      <Field
        label="Link a goal (optional)"
        validationMessage={error ?? hint}
        validationState={error ? 'error' : 'none'}
      >
        <Select
          className={styles.shrink}
          select={{ className: styles.shrink }}
          value={value}
          disabled={active.length === 0}
          onChange={(_, data) => onChange(data.value)}
        >
          <option value="">No goal</option>
          {active.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </Select>
      </Field>
      {state.status === 'error' && (
        <Button size="small" onClick={goals.reload}>
          Load the goals again
        </Button>
      )}
    </div>
  );
}
