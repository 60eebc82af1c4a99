import type { ManagerRatingDistribution, RatingQuestion } from '@northstar/shared';
import { useId } from 'react';
import { CountCell } from './CountCell';
import { useReviewsStyles } from './Reviews.styles';
import { usePeopleNames } from './use-people-names';

/** For one rating question, how many of each rating every manager gave, levels as labelled. */
export function RatingsTable({
  question,
  ratings,
}: {
  question: RatingQuestion;
  ratings: ManagerRatingDistribution[];
}) {
  const styles = useReviewsStyles();
  const nameOf = usePeopleNames(ratings.map((r) => r.reviewerId));
  const rows = ratings
    .flatMap(({ reviewerId, questions }) => {
      const counts = questions.find((q) => q.questionId === question.id)?.counts;
      return counts ? [{ reviewerId, name: nameOf(reviewerId), counts, given: sumOf(counts) }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const headingId = useId();
  return (
    <div className={styles.section}>
      <h4 id={headingId} className={styles.caption}>
        {question.text}
      </h4>
      <div className={styles.tableScroll} role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Manager</th>
              <th scope="col">Ratings</th>
              {question.levels.map((level, index) => (
                <th key={level} scope="col">
                  {String(index + 1)} – {level}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ reviewerId, name, counts, given }) => (
              <tr key={reviewerId}>
                <th scope="row">{name}</th>
                <td>{given}</td>
                {counts.map((count, index) => (
                  <td key={question.levels[index]}>
                    <CountCell value={count} total={given} text={String(count)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function sumOf(counts: readonly number[]): number {
  return counts.reduce((total, count) => total + count, 0);
}
