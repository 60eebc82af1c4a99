import { Subtitle1, useId } from '@fluentui/react-components';
import type { Evidence, GoalView } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { EvidenceList } from './EvidenceList';
import { useGoalDetailStyles } from './GoalDetail.styles';
import { mayChangeGoal } from './may-change-goal';
import { RemoveEvidenceDialog } from './RemoveEvidenceDialog';
import { isNotForYou, surelyReadsEvidence, useEvidence, type EvidenceFeed } from './use-evidence';

/**
 * The chat messages kept as evidence on a goal (saved from a message's "..." menu in Teams):
 * each with its author, when it was saved, its text, the note, a link back to Teams and, for
 * those who may change the goal, Remove (after a confirmation). Evidence is private to the
 * goal's owner, their managers and admins: when the API refuses (403), the section is not shown.
 */
export function EvidenceSection({ goal }: { goal: GoalView }) {
  const { me } = useApp();
  const styles = useGoalDetailStyles();
  const headingId = useId('evidence-');
  const feed = useEvidence(goal.id);
  const [removing, setRemoving] = useState<Evidence | null>(null);
  const { state } = feed;
  if (state.status === 'error' && isNotForYou(state.error)) return null;
  if (state.status === 'loading' && !surelyReadsEvidence(me, goal)) return null;
  const onRemove = mayChangeGoal(me, goal) ? setRemoving : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle1 as="h2" id={headingId} className={styles.sectionTitle}>
        Evidence
      </Subtitle1>
      <EvidenceBody feed={feed} onRemove={onRemove} />
      {removing && (
        <RemoveEvidenceDialog
          evidence={removing}
          onOpenChange={(open) => {
            if (!open) setRemoving(null);
          }}
          onRemove={feed.remove}
        />
      )}
    </section>
  );
}

function EvidenceBody({
  feed,
  onRemove,
}: {
  feed: EvidenceFeed;
  onRemove: ((evidence: Evidence) => void) | undefined;
}) {
  const { state } = feed;
  switch (state.status) {
    case 'loading':
      return <LoadingState label="Loading the evidence" rows={2} />;
    case 'error':
      return (
        <ErrorState
          title="The evidence could not be loaded."
          error={state.error}
          onRetry={feed.reload}
        />
      );
    case 'ready':
      if (state.data.items.length === 0) {
        return (
          <EmptyState title="No evidence yet">
            Save a chat message as evidence from its “...” menu in Teams.
          </EmptyState>
        );
      }
      return <EvidenceList feed={feed} {...(onRemove ? { onRemove } : {})} />;
  }
}
