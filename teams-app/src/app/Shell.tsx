import { Button, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import type { ApiClient } from '../api/api-client';
import { ErrorState, LoadingState } from '../components/ScreenStates';
import { NotificationsBell } from '../features/notifications/NotificationsBell';
import { useHost } from '../host/host-context';
import { AppContext, type AppServices } from './app-context';
import { CurrentScreen } from './CurrentScreen';
import { preloadScreen } from './screens';
import type { AppRoute } from './routes';
import { useResource } from './use-resource';
import { useRoute } from './use-route';

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
    maxWidth: '1100px',
    width: '100%',
    boxSizing: 'border-box',
  },
  who: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The sections wrap onto a second line in a narrow tab rather than running off screen.
  tabs: { flexWrap: 'wrap' },
});

type Section = 'my-goals' | 'team' | 'alignment' | 'reviews' | 'one-on-ones' | 'schedule';

function sectionOf(route: AppRoute): Section {
  if (route.screen === 'team' || route.screen === 'person') return 'team';
  if (route.screen === 'alignment') return 'alignment';
  if (route.screen === 'reviews' || route.screen === 'review') return 'reviews';
  if (route.screen === 'schedule') return 'schedule';
  if (route.screen === 'one-on-ones' || route.screen === 'one-on-one') return 'one-on-ones';
  return 'my-goals';
}

/** The signed-in app: who I am, the sections, and the current screen. */
export function Shell({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const host = useHost();
  const [route, navigate] = useRoute(host.deepLink.goalId);
  const me = useResource(() => api.me(), [api]);
  useEffect(() => {
    preloadScreen(route);
  }, [route]);
  const ready = me.state.status !== 'loading';
  useEffect(() => {
    if (ready) host.notifySuccess();
  }, [ready, host]);
  const services = useMemo<AppServices | null>(
    () => (me.state.status === 'ready' ? { api, me: me.state.data, navigate } : null),
    [api, me.state, navigate],
  );
  if (me.state.status === 'loading') return <LoadingState label="Signing you in" />;
  if (!services)
    return (
      <ErrorState title="We could not sign you in" error={me.state.error} onRetry={me.reload} />
    );
  const isManager = services.me.roles.includes('manager');
  const hasOneOnOnes = services.me.manager !== null || services.me.directReports.length > 0;
  const routes: Record<Section, AppRoute> = {
    'my-goals': { screen: 'my-goals' },
    team: { screen: 'team' },
    alignment: { screen: 'alignment' },
    reviews: { screen: 'reviews' },
    schedule: { screen: 'schedule' },
    'one-on-ones': { screen: 'one-on-ones' },
  };
  return (
    <AppContext.Provider value={services}>
      <div className={styles.shell}>
        <header className={styles.header}>
          {/* Outlook's task pane is narrow and only schedules: no sections there. */}
          {!host.outlookTaskPane && (
            <nav aria-label="Sections">
              <TabList
                className={styles.tabs}
                selectedValue={sectionOf(route)}
                onTabSelect={(_, data) => navigate(routes[data.value as Section])}
              >
                <Tab value="my-goals">My goals</Tab>
                {isManager && <Tab value="team">My team</Tab>}
                <Tab value="alignment">Alignment</Tab>
                <Tab value="reviews">Reviews</Tab>
                {hasOneOnOnes && <Tab value="one-on-ones">1:1s</Tab>}
                {isManager && <Tab value="schedule">Schedule</Tab>}
              </TabList>
            </nav>
          )}
          {host.devSignIn && (
            <div className={styles.who}>
              {/* Dev mode records notifications instead of sending them: the bell lists them. */}
              <NotificationsBell />
              <Text size={200}>
                Signed in as <strong>{services.me.person.displayName}</strong> (demo)
              </Text>
              <Button size="small" onClick={() => host.devSignIn?.signOut()}>
                Switch person
              </Button>
            </div>
          )}
        </header>
        <main className={styles.main}>
          <CurrentScreen route={route} />
        </main>
      </div>
    </AppContext.Provider>
  );
}
