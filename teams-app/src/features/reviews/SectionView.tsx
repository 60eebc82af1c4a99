import { Text } from '@fluentui/react-components';
import type { ReviewSection, ReviewTemplate } from '@northstar/shared';
import { useReviewsStyles } from './Reviews.styles';

/** A section read-only: each question with its rating (and level) and text. */
export function SectionView({
  title,
  template,
  section,
}: {
  title: string;
  template: ReviewTemplate;
  section: ReviewSection;
}) {
  const styles = useReviewsStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <h2 className={styles.heading}>{title}</h2>
      {!section.submittedAt && <Text italic>Draft, not submitted yet.</Text>}
      {template.questions.map((question) => {
        const answer = section.answers[question.id];
        const rating = answer?.rating;
        const level = question.kind === 'rating' && rating ? question.levels[rating - 1] : null;
        return (
          <div key={question.id} className={styles.question}>
            <Text weight="semibold">{question.text}</Text>
            {rating !== undefined && (
              <Text>
                Rating {String(rating)}
                {level ? ` – ${level}` : ''}
              </Text>
            )}
            <p className={styles.answer}>{answer?.text ?? (rating ? '' : 'No answer.')}</p>
          </div>
        );
      })}
    </section>
  );
}
