import { Link, Text, Title2 } from '@fluentui/react-components';
import { hashOf } from '../../app/routes';
import { useGoalDetailStyles } from './GoalDetail.styles';

/** A goal link that leads nowhere the viewer may go, said plainly, with the way back. */
export function GoalNotFound() {
  const styles = useGoalDetailStyles();
  return (
    <div className={styles.section}>
      <Title2 as="h1" className={styles.title}>
        Goal not found
      </Title2>
      <Text>
        There is no goal at this link that you can see. It may have been removed, or it is private
        to its owner and their managers.
      </Text>
      <Link href={hashOf({ screen: 'my-goals' })}>Back to My goals</Link>
    </div>
  );
}
