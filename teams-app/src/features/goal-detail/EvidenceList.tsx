import { Button, Link, Text } from '@fluentui/react-components';
import { DeleteRegular, OpenRegular } from '@fluentui/react-icons';
import type { Evidence } from '@northstar/shared';
import { messageOf } from '../../api/api-error';
import { absoluteTime, relativeTime } from '../kudos/relative-time';
import { useEvidenceStyles } from './EvidenceSection.styles';
import type { EvidenceFeed } from './use-evidence';

/** The evidence loaded so far, newest first, with "Show more" while there is more. */
export function EvidenceList({
  feed,
  onRemove,
}: {
  feed: EvidenceFeed;
  /** Absent when the viewer may not remove evidence. */
  onRemove?: (evidence: Evidence) => void;
}) {
  const styles = useEvidenceStyles();
  const items = feed.state.data?.items ?? [];
  const now = new Date();
  return (
    <>
      <ul className={styles.list} aria-label="Evidence">
        {items.map((evidence) => (
          <EvidenceItem key={evidence.id} evidence={evidence} now={now} onRemove={onRemove} />
        ))}
      </ul>
      {feed.moreError !== null && (
        <Text role="alert">More evidence could not be loaded: {messageOf(feed.moreError)}</Text>
      )}
      {feed.state.data?.nextCursor !== undefined && (
        <Button className={styles.more} disabled={feed.loadingMore} onClick={feed.loadMore}>
          {feed.loadingMore ? 'Loading more evidence…' : 'Show more evidence'}
        </Button>
      )}
    </>
  );
}

/** One message: who wrote it, when it was saved, its text, the note, and links. */
function EvidenceItem({
  evidence,
  now,
  onRemove,
}: {
  evidence: Evidence;
  now: Date;
  onRemove: ((evidence: Evidence) => void) | undefined;
}) {
  const styles = useEvidenceStyles();
  const author = evidence.authorName || 'Someone';
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Text weight="semibold">{author}</Text>
        <Text size={200} className={styles.when}>
          saved{' '}
          <time dateTime={evidence.createdAt} title={absoluteTime(evidence.createdAt)}>
            {relativeTime(evidence.createdAt, now)}
          </time>
        </Text>
      </div>
      <Text as="p" className={styles.quote}>
        {evidence.text || '(no text)'}
      </Text>
      {evidence.note !== '' && (
        <Text as="p" className={styles.note}>
          <Text weight="semibold">Note:</Text> {evidence.note}
        </Text>
      )}
      <div className={styles.actions}>
        {evidence.messageUrl !== null && (
          <Link href={evidence.messageUrl} target="_blank" rel="noopener noreferrer">
            <OpenRegular aria-hidden /> Open in Teams
          </Link>
        )}
        {onRemove && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`Remove the message from ${author}`}
            onClick={() => onRemove(evidence)}
          >
            Remove
          </Button>
        )}
      </div>
    </li>
  );
}
