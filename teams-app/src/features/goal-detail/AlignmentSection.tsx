import { Link, Subtitle1, useId } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { useResource } from '../../app/use-resource';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { alignmentOf } from './alignment-chain';
import { AlignmentDetails } from './AlignmentDetails';
import { useGoalDetailStyles } from './GoalDetail.styles';

/**
 * Where the goal sits: the chain up to the company goal, the goals that feed it and its health
 * flags. Loads on its own, so a slow alignment never holds up the rest of the page.
 */
export function AlignmentSection({ goal }: { goal: GoalView }) {
  const { api } = useApp();
  const styles = useGoalDetailStyles();
  const headingId = useId('alignment-');
  // The goal's own period: the API answers for the current period unless told otherwise.
  const answer = useResource(
    () => api.alignment({ rootId: goal.id, period: goal.periodId }),
    [api, goal.id, goal.periodId, goal.etag],
  );
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle1 as="h2" id={headingId} className={styles.sectionTitle}>
        Alignment
      </Subtitle1>
      {answer.state.status === 'loading' && <LoadingState label="Loading the alignment" rows={2} />}
      {answer.state.status === 'error' && (
        <ErrorState
          title="The alignment could not be loaded."
          error={answer.state.error}
          onRetry={answer.reload}
        />
      )}
      {answer.state.status === 'ready' && (
        <AlignmentDetails goal={goal} alignment={alignmentOf(answer.state.data, goal.id)} />
      )}
      <Link href={hashOf({ screen: 'alignment', focusId: goal.id })}>
        See it in the alignment tree
      </Link>
    </section>
  );
}
