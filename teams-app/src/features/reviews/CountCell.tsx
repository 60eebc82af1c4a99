import { ProgressBar, Text } from '@fluentui/react-components';
import { useReviewsStyles } from './Reviews.styles';

/**
 * A count in words over a small bar of its share of `total`; the words carry it, the bar only
 * shows it. `done` colours a full bar as complete (for progress, not for a rating's share).
 */
export function CountCell({
  value,
  total,
  text,
  done = false,
}: {
  value: number;
  total: number;
  text: string;
  done?: boolean;
}) {
  const styles = useReviewsStyles();
  const share = total === 0 ? 0 : value / total;
  return (
    <div className={styles.countCell}>
      <Text>{text}</Text>
      <ProgressBar
        aria-hidden
        value={share}
        thickness="large"
        color={done && share >= 1 ? 'success' : 'brand'}
      />
    </div>
  );
}
