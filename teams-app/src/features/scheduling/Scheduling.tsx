import { Link, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { EmptyState } from '../../components/ScreenStates';
import { FindTimePanel } from './FindTimePanel';
import { useSchedulingStyles } from './Scheduling.styles';
import { TeamReviewsPanel } from './TeamReviewsPanel';

/**
 * Scheduling (managers): find a time everyone is free and book a Teams meeting with the agenda,
 * or book a review with each direct report at once. Others are told only managers schedule.
 */
export function Scheduling() {
  const { me } = useApp();
  const styles = useSchedulingStyles();
  const isManager = me.roles.includes('manager');
  return (
    <div className={styles.screen}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        Schedule reviews
      </Text>
      {isManager ? (
        <>
          <FindTimePanel />
          <TeamReviewsPanel />
        </>
      ) : (
        <EmptyState
          title="Only managers schedule team reviews"
          action={<Link href={hashOf({ screen: 'my-goals' })}>Go to my goals</Link>}
        >
          Your manager books your reviews; they will appear in your Teams calendar.
        </EmptyState>
      )}
    </div>
  );
}
