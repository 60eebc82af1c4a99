import { Text } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { focusField } from './focus-field';
import { FormMessages } from './FormMessages';
import { toSmartRequest, type GoalDraft } from './goal-draft';
import { levelsFor } from './goal-levels';
import { useGoalEditorStyles } from './GoalEditor.styles';
import { GoalForm } from './GoalForm';
import { SmartCoach } from './SmartCoach';
import { useGoalForm } from './use-goal-form';
import { useParentOptions } from './use-parent-options';

export interface GoalEditorBodyProps {
  /** The draft the form starts with. */
  draft: GoalDraft;
  /** The saved goal being edited; absent for a new goal. */
  base: GoalView | undefined;
  onCancel: () => void;
}

/** The editor once its goal (if any) is loaded: messages, form and the SMART coach. */
export function GoalEditorBody({ draft, base, onCancel }: GoalEditorBodyProps) {
  const styles = useGoalEditorStyles();
  const { me } = useApp();
  const [initialParentIds] = useState(() => draft.parents.map((p) => p.goalId));
  const parentOptions = useParentOptions(initialParentIds, base?.id);
  const titleOf = (goalId: string) =>
    parentOptions.state.data?.find((o) => o.id === goalId)?.title ?? goalId;
  const form = useGoalForm(draft, base, titleOf);
  const formRef = useRef<HTMLFormElement>(null);
  const messagesRef = useRef<HTMLDivElement>(null);
  const { attempt, focus } = form;
  useEffect(() => {
    if (attempt === 0) return;
    if (focus === 'messages' || !focusField(formRef.current, focus)) messagesRef.current?.focus();
  }, [attempt, focus]);
  return (
    <div className={styles.screen}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        {base ? 'Edit goal' : 'Write a goal'}
      </Text>
      <FormMessages
        errors={form.errors}
        general={form.general}
        conflict={form.conflict}
        onFocusField={(key) => focusField(formRef.current, key)}
        messagesRef={messagesRef}
      />
      <div className={styles.columns}>
        <GoalForm
          form={form}
          levels={base ? undefined : levelsFor(me.roles)}
          parentOptions={parentOptions}
          onCancel={onCancel}
          formRef={formRef}
        />
        <div className={styles.coach}>
          <SmartCoach draft={toSmartRequest(form.draft)} />
        </div>
      </div>
    </div>
  );
}
