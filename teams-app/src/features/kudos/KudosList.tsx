import { Badge, Button, Link, Text } from '@fluentui/react-components';
import type { KudosView } from '@northstar/shared';
import { messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { usePeopleNames } from '../reviews/use-people-names';
import { useKudosStyles } from './Kudos.styles';
import { absoluteTime, relativeTime } from './relative-time';
import type { KudosFeed } from './use-kudos-feed';

/** The kudos loaded so far, newest first, with "Show more" while there are more. */
export function KudosList({ name, feed }: { name: string; feed: KudosFeed }) {
  const styles = useKudosStyles();
  const items = feed.state.data?.items ?? [];
  const nameOf = usePeopleNames(items.map((k) => k.giverId));
  const now = new Date();
  return (
    <>
      <ul className={styles.list} aria-label={`Kudos for ${name}`}>
        {items.map((kudos) => (
          <KudosItem key={kudos.id} kudos={kudos} giver={nameOf(kudos.giverId)} now={now} />
        ))}
      </ul>
      {feed.moreError !== null && (
        <Text role="alert">More kudos could not be loaded: {messageOf(feed.moreError)}</Text>
      )}
      {feed.state.data?.nextCursor !== undefined && (
        <Button className={styles.more} disabled={feed.loadingMore} onClick={feed.loadMore}>
          {feed.loadingMore ? 'Loading more kudos…' : 'Show more kudos'}
        </Button>
      )}
    </>
  );
}

/** One kudos: who gave it, for which value, when, the message and what it is about. */
function KudosItem({ kudos, giver, now }: { kudos: KudosView; giver: string; now: Date }) {
  const styles = useKudosStyles();
  const { navigate } = useApp();
  const { goal } = kudos;
  return (
    <li className={styles.item}>
      <div className={styles.itemHead}>
        <Text weight="semibold">{giver}</Text>
        <Badge appearance="tint" color="brand" shape="rounded">
          {kudos.value}
        </Badge>
        <Text size={200} className={styles.when}>
          <time dateTime={kudos.createdAt} title={absoluteTime(kudos.createdAt)}>
            {relativeTime(kudos.createdAt, now)}
          </time>
        </Text>
      </div>
      <Text as="p" className={styles.message}>
        {kudos.message}
      </Text>
      {(goal ?? kudos.messageLink) && (
        <div className={styles.links}>
          {goal && (
            <Link
              href={hashOf({ screen: 'goal', goalId: goal.id })}
              onClick={(event) => {
                event.preventDefault();
                navigate({ screen: 'goal', goalId: goal.id });
              }}
            >
              For the goal: {goal.title}
            </Link>
          )}
          {kudos.messageLink && (
            <Link href={kudos.messageLink} target="_blank" rel="noopener noreferrer">
              See the chat message
            </Link>
          )}
        </div>
      )}
    </li>
  );
}
