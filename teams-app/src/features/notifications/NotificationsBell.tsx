import { Button, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import { LoadingState } from '../../components/ScreenStates';
import { useNotificationStyles } from './Notifications.styles';

// The list loads on the first opening, so it stays out of the first screen's JavaScript.
const NotificationsPanel = lazy(() =>
  import('./NotificationsPanel').then((m) => ({ default: m.NotificationsPanel })),
);

/** The header's bell (dev mode): opens the caller's notifications and "Run reminders now". */
export function NotificationsBell() {
  const styles = useNotificationStyles();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => setOpen(data.open)}
      positioning="below-end"
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<AlertRegular />} aria-label="Notifications" />
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label="Notifications">
        <Suspense fallback={<LoadingState label="Loading notifications" rows={2} />}>
          <NotificationsPanel onNavigate={() => setOpen(false)} />
        </Suspense>
      </PopoverSurface>
    </Popover>
  );
}
