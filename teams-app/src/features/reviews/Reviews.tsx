import type { ReviewCycle, ReviewView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { CyclesAdmin } from './CyclesAdmin';
import { ReviewList } from './ReviewList';
import { useReviewsStyles } from './Reviews.styles';

interface ReviewsData {
  reviews: ReviewView[];
  cycles: ReviewCycle[];
}

/** The Reviews tab: my reviews, my team's reviews (managers) and the cycles (admins). */
export function Reviews() {
  const styles = useReviewsStyles();
  const { api, me } = useApp();
  const resource = useResource<ReviewsData>(async () => {
    const [page, cycles] = await Promise.all([api.listReviews({ limit: 200 }), api.listCycles()]);
    return { reviews: page.items, cycles };
  }, [api]);
  const { state, reload } = resource;
  if (state.status === 'loading') return <LoadingState label="Loading reviews" />;
  if (state.status === 'error')
    return <ErrorState title="We could not load reviews" error={state.error} onRetry={reload} />;
  const { reviews, cycles } = state.data;
  const names = new Map([me.person, ...me.directReports].map((p) => [p.id, p.displayName]));
  const nameOf = (id: string) => (id === me.person.id ? 'You' : (names.get(id) ?? id));
  const cycleNameOf = (id: string) => cycles.find((c) => c.id === id)?.name ?? id;
  const mine = reviews.filter((r) => r.revieweeId === me.person.id);
  const team = reviews.filter((r) => r.reviewerId === me.person.id);
  const lists = { nameOf, cycleNameOf };
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
          <ReviewList label="My reviews" reviews={mine} {...lists} />
        )}
      </section>
      {me.roles.includes('manager') && (
        <section className={styles.section} aria-labelledby="team-reviews">
          <h2 id="team-reviews" className={styles.heading}>
            My team&apos;s reviews
          </h2>
          {team.length === 0 ? (
            <EmptyState title="No reviews of your reports yet" />
          ) : (
            <ReviewList label="My team's reviews" reviews={team} {...lists} />
          )}
        </section>
      )}
      {me.roles.includes('admin') && (
        <CyclesAdmin cycles={cycles} reviews={reviews} onChanged={reload} />
      )}
    </div>
  );
}
