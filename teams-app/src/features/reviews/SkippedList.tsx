import { SKIP_REASON_TEXT } from '@northstar/shared';
import { useReviewsStyles } from './Reviews.styles';
import type { Skipped } from './use-cycle-detail';
import { usePeopleNames } from './use-people-names';

/** The people opening a cycle created no review for, each with the reason in words. */
export function SkippedList({ skipped }: { skipped: Skipped }) {
  const styles = useReviewsStyles();
  const nameOf = usePeopleNames(skipped.map((s) => s.personId));
  if (skipped.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="skipped">
      <h2 id="skipped" className={styles.subheading}>
        People without a review
      </h2>
      <ul aria-labelledby="skipped">
        {skipped.map(({ personId, reason }) => (
          <li key={personId}>
            {nameOf(personId)} {SKIP_REASON_TEXT[reason]}.
          </li>
        ))}
      </ul>
    </section>
  );
}
