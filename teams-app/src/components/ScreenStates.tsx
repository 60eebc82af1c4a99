import {
  Button,
  Skeleton,
  SkeletonItem,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { messageOf } from '../api/api-error';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXL,
  },
  skeleton: { display: 'grid', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM },
});

/** Placeholder rows while a screen loads; announced politely to screen readers. */
export function LoadingState({ label, rows = 3 }: { label: string; rows?: number }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-label={label}>
      <Skeleton className={styles.skeleton} aria-hidden>
        {Array.from({ length: rows }, (_, index) => (
          <SkeletonItem key={index} size={48} />
        ))}
      </Skeleton>
    </div>
  );
}

/** What went wrong, in the server's words, with a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.box}>
      <Text weight="semibold">{title}</Text>
      <Text>{messageOf(error)}</Text>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}

/** An empty list explained, with the next step. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <Text weight="semibold" size={400}>
        {title}
      </Text>
      {children && <Text>{children}</Text>}
      {action}
    </div>
  );
}
