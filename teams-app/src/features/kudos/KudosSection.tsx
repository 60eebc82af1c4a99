import { Button, Text } from '@fluentui/react-components';
import { HeartRegular } from '@fluentui/react-icons';
import type { KudosView, Person } from '@northstar/shared';
import { Suspense, lazy, useId, useState } from 'react';
import { useApp } from '../../app/app-context';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { OutcomeNotice } from '../check-in/OutcomeNotice';
import { useKudosStyles } from './Kudos.styles';
import { KudosList } from './KudosList';
import { useKudosFeed, type KudosFeed } from './use-kudos-feed';

// The dialog loads on the first "Give kudos", so it stays out of the first screen's JavaScript.
const GiveKudosDialog = lazy(() =>
  import('./GiveKudosDialog').then((m) => ({ default: m.GiveKudosDialog })),
);

/**
 * A person's kudos on their profile: everyone in the organisation sees them (public praise),
 * and anyone but the person themselves may give more.
 */
export function KudosSection({ person }: { person: Person }) {
  const { me } = useApp();
  const styles = useKudosStyles();
  const headingId = useId();
  const feed = useKudosFeed(person.id);
  // Each opening mounts a fresh dialog: an empty form and a new idempotency key.
  const [session, setSession] = useState({ key: 0, open: false });
  const [sent, setSent] = useState<string | null>(null);
  const given = (kudos: KudosView) => {
    setSession((current) => ({ ...current, open: false }));
    setSent(`${person.displayName} will see your "${kudos.value}" kudos on their profile.`);
    feed.reload();
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          Kudos
        </Text>
        {person.id !== me.person.id && (
          <Button
            icon={<HeartRegular />}
            onClick={() => setSession((current) => ({ key: current.key + 1, open: true }))}
          >
            Give kudos
          </Button>
        )}
      </div>
      {sent !== null && (
        <OutcomeNotice
          outcome={{ intent: 'success', title: 'Kudos sent.', message: sent }}
          onDismiss={() => setSent(null)}
        />
      )}
      <KudosFeedView name={person.displayName} feed={feed} />
      {session.key > 0 && (
        <Suspense fallback={null}>
          <GiveKudosDialog
            key={session.key}
            receiver={person}
            open={session.open}
            onOpenChange={(open) => setSession((current) => ({ ...current, open }))}
            onGiven={given}
          />
        </Suspense>
      )}
    </section>
  );
}

/** The kudos, or why there are none to show. */
function KudosFeedView({ name, feed }: { name: string; feed: KudosFeed }) {
  const { state } = feed;
  if (state.status === 'loading') return <LoadingState label="Loading kudos" rows={2} />;
  if (state.status === 'error') {
    return (
      <ErrorState title="We could not load the kudos" error={state.error} onRetry={feed.reload} />
    );
  }
  if (state.data.items.length === 0) {
    return <EmptyState title="No kudos yet">Nobody has thanked {name} here so far.</EmptyState>;
  }
  return <KudosList name={name} feed={feed} />;
}
