import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { GoalLevel, Visibility } from '@northstar/shared';
import { useGoalEditorStyles } from './GoalEditor.styles';
import { LEVEL_TEXT } from './goal-levels';

export interface LevelFieldProps {
  level: GoalLevel;
  /** The levels on offer; absent when editing, where the level cannot change. */
  levels: GoalLevel[] | undefined;
  error: string | undefined;
  onChange: (level: GoalLevel) => void;
}

/** Which kind of goal: a choice for a new goal, a fact for a saved one. */
export function LevelField({ level, levels, error, onChange }: LevelFieldProps) {
  const styles = useGoalEditorStyles();
  if (!levels) {
    return (
      <div className={styles.readOnly}>
        <Text weight="semibold">Level</Text>
        <Text>
          {LEVEL_TEXT[level].name}: {LEVEL_TEXT[level].meaning}
        </Text>
        <Text size={200} className={styles.muted}>
          A saved goal keeps its level.
        </Text>
      </div>
    );
  }
  return (
    <Field label="Level" validationMessage={error} data-field="level">
      <RadioGroup
        value={level}
        onChange={(_, data) => {
          const chosen = levels.find((l) => l === data.value);
          if (chosen) onChange(chosen);
        }}
      >
        {levels.map((l) => (
          <Radio key={l} value={l} label={`${LEVEL_TEXT[l].name}: ${LEVEL_TEXT[l].meaning}`} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export interface VisibilityFieldProps {
  visibility: Visibility;
  error: string | undefined;
  onChange: (visibility: Visibility) => void;
}

/** Who can see an individual or development goal. */
export function VisibilityField({ visibility, error, onChange }: VisibilityFieldProps) {
  return (
    <Field label="Who can see it" validationMessage={error} data-field="visibility">
      <RadioGroup
        value={visibility}
        onChange={(_, data) => onChange(data.value === 'public' ? 'public' : 'private')}
      >
        <Radio value="private" label="Private: only you, your managers and HR admins" />
        <Radio value="public" label="Public: everyone in your organisation" />
      </RadioGroup>
    </Field>
  );
}
