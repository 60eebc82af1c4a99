import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { EmptyState } from '../../components/ScreenStates';
import { useOutlookTaskPane } from '../../host/host-context';
import type { OutlookTaskPane } from '../../host/outlook/appointment-port';
import { AppointmentPanel } from './AppointmentPanel';
import { FindTimePanel } from './FindTimePanel';
import { useSchedulingStyles } from './Scheduling.styles';
import { TeamReviewsPanel } from './TeamReviewsPanel';

/**
 * Scheduling (managers): find a time everyone is free and book a Teams meeting with the agenda,
 * or book a review with each direct report at once. Opened as Outlook's task pane, it fills in
 * the meeting being organized instead (when Outlook could not be reached it says why and books
 * through Northstar). Others are told only managers schedule.
 */
export function Scheduling() {
  const { me } = useApp();
  const styles = useSchedulingStyles();
  const isManager = me.roles.includes('manager');
  const taskPane = useOutlookTaskPane();
  return (
    <div className={styles.screen}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        Schedule reviews
      </Text>
      {taskPane?.status === 'unavailable' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Northstar could not reach the Outlook meeting: {taskPane.reason} Meetings booked here
            are created by Northstar, not written into the meeting open in Outlook.
          </MessageBarBody>
        </MessageBar>
      )}
      {isManager ? (
        <ManagerPanels taskPane={taskPane} />
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

function ManagerPanels({ taskPane }: { taskPane: OutlookTaskPane | null }) {
  if (taskPane?.status === 'connected') {
    return <AppointmentPanel appointment={taskPane.appointment} />;
  }
  return (
    <>
      <FindTimePanel />
      <TeamReviewsPanel />
    </>
  );
}
