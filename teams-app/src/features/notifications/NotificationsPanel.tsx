import { Button, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { NotificationList } from './NotificationList';
import { useNotificationStyles } from './Notifications.styles';
import { runSummaryInWords } from './run-summary';
import { useNotifications } from './use-notifications';

type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; words: string }
  | { status: 'failed'; error: unknown };

/**
 * Dev mode's stand-in for the Teams activity feed: the caller's recorded notifications, and a
 * button that runs the hourly reminders at once and says what they did.
 */
export function NotificationsPanel({ onNavigate }: { onNavigate: () => void }) {
  const { api } = useApp();
  const styles = useNotificationStyles();
  const headingId = useId();
  const feed = useNotifications();
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const runNow = () => {
    setRun({ status: 'running' });
    api.runRemindersNow().then(
      (summary) => {
        setRun({ status: 'done', words: runSummaryInWords(summary) });
        feed.reload();
      },
      (error: unknown) => setRun({ status: 'failed', error }),
    );
  };
  return (
    <div className={styles.panel}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          Notifications
        </Text>
        <Button appearance="primary" onClick={runNow} disabled={run.status === 'running'}>
          {run.status === 'running' ? 'Running reminders…' : 'Run reminders now'}
        </Button>
      </div>
      <Text size={200} className={styles.note}>
        In Teams these arrive in your activity feed. In dev mode they are recorded here.
      </Text>
      <div role="status" aria-live="polite" aria-label="Reminder run">
        {run.status === 'done' && <Text>{run.words}</Text>}
      </div>
      {run.status === 'failed' && (
        <Text role="alert">Reminders did not run: {messageOf(run.error)}</Text>
      )}
      <NotificationList feed={feed} labelledBy={headingId} onNavigate={onNavigate} />
    </div>
  );
}
