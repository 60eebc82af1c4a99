import { Button, Field, Input, Subtitle1, Text, useId } from '@fluentui/react-components';
import { EyeRegular, LinkRegular } from '@fluentui/react-icons';
import type { GoalView } from '@northstar/shared';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useGoalDetailStyles } from './GoalDetail.styles';
import { goalLink, useCopyLink } from './use-copy-link';

// The preview (Fluent's Dialog and the Adaptive Cards renderer) loads on the first "Preview card".
const CardPreviewDialog = lazy(() =>
  import('../card-preview/CardPreviewDialog').then((m) => ({ default: m.CardPreviewDialog })),
);

/** True when everyone in the organisation may see the goal, so a pasted link unfurls into it. */
function seenByEveryone(goal: GoalView): boolean {
  return goal.level === 'company' || goal.level === 'team' || goal.visibility === 'public';
}

/**
 * "Share in chat": copy the goal's link (it unfurls into the goal's card in a Teams chat), or
 * preview the card a chat shows. When the clipboard is refused, the link is shown, selected, to
 * copy by hand.
 */
export function ShareGoal({ goal }: { goal: GoalView }) {
  const styles = useGoalDetailStyles();
  const headingId = useId('share-');
  const link = goalLink(window.location.origin, goal.id);
  const { state, copy } = useCopyLink(link);
  const [previewing, setPreviewing] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Focusing selects the link (onFocus), ready for Ctrl+C.
    if (state === 'refused') field.current?.focus();
  }, [state]);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle1 as="h2" id={headingId} className={styles.sectionTitle}>
        Share in chat
      </Subtitle1>
      <Text className={styles.muted}>
        {seenByEveryone(goal)
          ? 'Paste the goal’s link in a Teams chat and it shows as the goal’s card.'
          : 'Paste the goal’s link in a Teams chat: since not everyone may see this goal, it shows as a private goal card, and only those who may see the goal can open it.'}
      </Text>
      <div className={styles.row}>
        <Button icon={<LinkRegular />} onClick={copy}>
          Copy link
        </Button>
        <Button icon={<EyeRegular />} onClick={() => setPreviewing(true)}>
          Preview card
        </Button>
      </div>
      <Text role="status">{state === 'copied' ? 'Link copied' : ''}</Text>
      {state === 'refused' && (
        <Field
          label="Goal link"
          hint="Copying was not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it."
        >
          <Input ref={field} readOnly value={link} onFocus={(event) => event.target.select()} />
        </Field>
      )}
      {previewing && (
        <Suspense fallback={null}>
          <CardPreviewDialog goalId={goal.id} open onOpenChange={setPreviewing} />
        </Suspense>
      )}
    </section>
  );
}
