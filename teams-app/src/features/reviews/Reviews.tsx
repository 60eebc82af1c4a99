import type { ReviewCycle, ReviewView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { CyclesAdmin } from './CyclesAdmin';
import { loadAllReviews } from './load-reviews';
import { ReviewList } from './ReviewList';
import { useReviewsStyles } from './Reviews.styles';
import { TeamReviews } from './TeamReviews';
import { usePeopleNames } from './use-people-names';

interface ReviewsData {
  reviews: ReviewView[];
  cycles: ReviewCycle[];
}

/** The Reviews tab: my reviews, my team's reviews (managers) and the cycles (admins). */
export function Reviews() {
  const { api } = useApp();
  const resource = useResource<ReviewsData>(async () => {
    const [reviews, cycles] = await Promise.all([loadAllReviews(api), api.listCycles()]);
    return { reviews, cycles };
  }, [api]);
  const { state, reload } = resource;
  if (state.status === 'loading') return <LoadingState label="Loading reviews" />;
  if (state.status === 'error')
    return <ErrorState title="We could not load reviews" error={state.error} onRetry={reload} />;
  return <ReviewsContent data={state.data} onChanged={reload} />;
}

function ReviewsContent({ data, onChanged }: { data: ReviewsData; onChanged: () => void }) {
  const styles = useReviewsStyles();
  const { me } = useApp();
  const { reviews, cycles } = data;
  const names = usePeopleNames(reviews.map((r) => r.revieweeId));
  const nameOf = (id: string) => (id === me.person.id ? 'You' : names(id));
  const cycleNameOf = (id: string) => cycles.find((c) => c.id === id)?.name ?? id;
  const sorted = newestFirst(reviews, cycles, nameOf);
  const mine = sorted.filter((r) => r.revieweeId === me.person.id);
  const team = sorted.filter((r) => r.reviewerId === me.person.id);
  return (
    <div className={styles.screen}>
      <section className={styles.section} aria-labelledby="my-reviews">
        <h1 id="my-reviews" className={styles.heading}>
          My reviews
        </h1>
        {mine.length === 0 ? (
          <EmptyState title="No reviews for you yet">
            Your review appears here once a cycle that includes you is opened.
          </EmptyState>
        ) : (
          <ReviewList label="My reviews" reviews={mine} nameOf={nameOf} cycleNameOf={cycleNameOf} />
        )}
      </section>
      {(me.roles.includes('manager') || team.length > 0) && (
        <section className={styles.section} aria-labelledby="team-reviews">
          <h2 id="team-reviews" className={styles.heading}>
            My team&apos;s reviews
          </h2>
          {team.length === 0 ? (
            <EmptyState title="No reviews of your reports yet">
              When an admin opens a cycle, a review for each of your reports appears here.
            </EmptyState>
          ) : (
            <TeamReviews reviews={team} cycles={cycles} nameOf={nameOf} />
          )}
        </section>
      )}
      {me.roles.includes('admin') && <CyclesAdmin cycles={cycles} onChanged={onChanged} />}
    </div>
  );
}

/** The latest cycle first (by its self review start), then by name. */
function newestFirst(
  reviews: ReviewView[],
  cycles: ReviewCycle[],
  nameOf: (id: string) => string,
): ReviewView[] {
  const startOf = (cycleId: string) =>
    cycles.find((c) => c.id === cycleId)?.phases.selfReview.start ?? '';
  return [...reviews].sort(
    (a, b) =>
      startOf(b.cycleId).localeCompare(startOf(a.cycleId)) ||
      nameOf(a.revieweeId).localeCompare(nameOf(b.revieweeId)),
  );
}
