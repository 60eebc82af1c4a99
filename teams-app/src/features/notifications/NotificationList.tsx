import { Button, Link, Text } from '@fluentui/react-components';
import type { NotificationView } from '@northstar/shared';
import { messageOf } from '../../api/api-error';
import { hashOf } from '../../app/routes';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { absoluteTime, relativeTime } from '../kudos/relative-time';
import { useNotificationStyles } from './Notifications.styles';
import type { NotificationsFeed } from './use-notifications';

const KIND_LABELS: Record<NotificationView['kind'], string> = {
  stale: 'Stale goal',
  check_in_due: 'Check-in due',
  kudos_received: 'Kudos',
  feedback_received: 'Feedback',
  review_step_due: 'Review step',
  digest: 'Weekly digest',
};

function NotificationItem({
  item,
  onNavigate,
}: {
  item: NotificationView;
  onNavigate: () => void;
}) {
  const styles = useNotificationStyles();
  return (
    <li className={styles.item}>
      <Text>{item.text}</Text>
      {item.items && item.items.length > 0 && (
        <ul className={styles.digest}>
          {item.items.map((text, index) => (
            <li key={index}>
              <Text size={200}>{text}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.meta}>
        <Text size={200}>{KIND_LABELS[item.kind]}</Text>
        <Text size={200}>
          <time dateTime={item.createdAt} title={absoluteTime(item.createdAt)}>
            {relativeTime(item.createdAt, new Date())}
          </time>
        </Text>
        {item.goalId !== undefined && (
          <Link href={hashOf({ screen: 'goal', goalId: item.goalId })} onClick={onNavigate}>
            Open the goal
          </Link>
        )}
      </div>
    </li>
  );
}

/** The notifications, or why there are none to show. */
export function NotificationList({
  feed,
  labelledBy,
  onNavigate,
}: {
  feed: NotificationsFeed;
  labelledBy: string;
  onNavigate: () => void;
}) {
  const styles = useNotificationStyles();
  const { state } = feed;
  if (state.status === 'loading') return <LoadingState label="Loading notifications" rows={2} />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title="We could not load your notifications"
        error={state.error}
        onRetry={feed.reload}
      />
    );
  }
  if (state.data.items.length === 0) {
    return (
      <EmptyState title="No notifications yet">
        Reminders about your goals, kudos and review steps will show up here.
      </EmptyState>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-labelledby={labelledBy}>
        {state.data.items.map((item) => (
          <NotificationItem key={item.id} item={item} onNavigate={onNavigate} />
        ))}
      </ul>
      {feed.moreError !== null && <Text role="alert">{messageOf(feed.moreError)}</Text>}
      {state.data.nextCursor !== undefined && (
        <Button className={styles.more} onClick={feed.showOlder} disabled={feed.loadingOlder}>
          {feed.loadingOlder ? 'Loading older notifications…' : 'Show older notifications'}
        </Button>
      )}
    </>
  );
}
