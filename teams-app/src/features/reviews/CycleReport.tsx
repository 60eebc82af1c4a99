import type { RatingQuestion, ReviewCycle } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { CompletionTable } from './CompletionTable';
import { RatingsTable } from './RatingsTable';
import { useReviewsStyles } from './Reviews.styles';

/** A cycle's progress: completion per department and the ratings each manager gave. */
export function CycleReport({ cycle }: { cycle: ReviewCycle }) {
  const styles = useReviewsStyles();
  return (
    <section className={styles.section} aria-labelledby="progress">
      <h2 id="progress" className={styles.heading}>
        Progress
      </h2>
      {cycle.state === 'draft' ? (
        <EmptyState title="No reviews yet">
          Open the cycle to create a review for each person in scope.
        </EmptyState>
      ) : (
        <LiveReport cycle={cycle} />
      )}
    </section>
  );
}

function LiveReport({ cycle }: { cycle: ReviewCycle }) {
  const styles = useReviewsStyles();
  const { api } = useApp();
  const { state, reload } = useResource(() => api.cycleReport(cycle.id), [api, cycle.id]);
  if (state.status === 'loading') return <LoadingState label="Loading the progress" rows={2} />;
  if (state.status === 'error')
    return (
      <ErrorState title="We could not load the progress" error={state.error} onRetry={reload} />
    );
  const { completion, ratings } = state.data;
  if (completion.length === 0)
    return (
      <EmptyState title="This cycle has no reviews">
        Nobody in scope had a manager to review them when the cycle was opened.
      </EmptyState>
    );
  const questions = cycle.template.questions.filter(
    (q): q is RatingQuestion => q.kind === 'rating',
  );
  return (
    <>
      <h3 className={styles.subheading}>Completion per department</h3>
      <CompletionTable rows={completion} />
      <h3 className={styles.subheading}>Ratings per manager</h3>
      {ratings.length === 0 ? (
        <EmptyState title="No manager reviews submitted yet">
          Ratings appear here as managers submit their reviews.
        </EmptyState>
      ) : (
        questions.map((question) => (
          <RatingsTable key={question.id} question={question} ratings={ratings} />
        ))
      )}
    </>
  );
}
