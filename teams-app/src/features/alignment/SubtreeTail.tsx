import {
  Button,
  Spinner,
  Text,
  TreeItem,
  TreeItemLayout,
  mergeClasses,
} from '@fluentui/react-components';
import { ErrorCircleRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { useId, useLayoutEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { messageOf } from '../../api/api-error';
import { useAlignmentStyles } from './Alignment.styles';
import type { SubtreeLoad } from './use-subtree-loads';

/** Props of `SubtreeTail`. */
export interface SubtreeTailProps {
  /** The key of the row whose children are not all loaded. */
  parentKey: string;
  parentTitle: string;
  /** How many of its children are not loaded. */
  unloaded: number;
  /** Some of its children are loaded (and shown above this item). */
  more: boolean;
  load: SubtreeLoad | undefined;
  onLoad: () => void;
}

const goals = (count: number, more = false) =>
  `${String(count)} ${more ? 'more ' : ''}${count === 1 ? 'goal' : 'goals'}`;

/**
 * The last item under a goal whose children are not all loaded: "Show 3 more goals" (click or
 * Enter loads them), "Loading goals…" while they come, or what went wrong with a way to retry.
 * It is a tree item so the arrow keys reach it; when it goes (the goals came), focus goes back
 * to the goal above rather than being lost.
 */
export function SubtreeTail({
  parentKey,
  parentTitle,
  unloaded,
  more,
  load,
  onLoad,
}: SubtreeTailProps) {
  const styles = useAlignmentStyles();
  const ref = useRef<HTMLDivElement>(null);
  const textId = useId();
  const detailId = useId();
  useFocusGoesUp(ref);
  const error = load?.status === 'error' ? load.error : undefined;
  const activate = (event: MouseEvent) => {
    // The Retry button handled the click already.
    if (event.isDefaultPrevented() || (load !== undefined && load.status !== 'error')) return;
    onLoad();
  };
  return (
    <TreeItem
      ref={ref}
      itemType="leaf"
      value={`${parentKey}/+more`}
      aria-labelledby={textId}
      {...(error === undefined ? {} : { 'aria-describedby': detailId })}
      aria-busy={load?.status === 'loading'}
      onClick={activate}
    >
      <TreeItemLayout
        className={mergeClasses(styles.itemLayout, styles.narrowLeaf)}
        main={{ className: styles.tailMain }}
        iconBefore={tailIcon(load)}
      >
        <Text role="status" id={textId}>
          {tailText({ unloaded, more, load, parentTitle })}
        </Text>
        {error !== undefined && (
          <TailError
            error={error}
            detailId={detailId}
            onRetry={() => {
              // The button goes while loading; the item keeps the focus.
              ref.current?.focus();
              onLoad();
            }}
          />
        )}
      </TreeItemLayout>
    </TreeItem>
  );
}

function TailError(props: { error: unknown; detailId: string; onRetry: () => void }) {
  const styles = useAlignmentStyles();
  return (
    <>
      <Text id={props.detailId} size={200} className={styles.secondary}>
        {messageOf(props.error)}
      </Text>
      <Button
        size="small"
        onClick={(event) => {
          event.preventDefault();
          props.onRetry();
        }}
      >
        Retry
      </Button>
    </>
  );
}

function tailIcon(load: SubtreeLoad | undefined) {
  if (load?.status === 'loading') return <Spinner size="extra-tiny" aria-hidden />;
  if (load?.status === 'error') return <ErrorCircleRegular aria-hidden />;
  return <MoreHorizontalRegular aria-hidden />;
}

/** The item's words in each state. */
export function tailText({
  unloaded,
  more,
  load,
  parentTitle,
}: Pick<SubtreeTailProps, 'unloaded' | 'more' | 'load' | 'parentTitle'>): string {
  switch (load?.status) {
    case undefined:
      return `Show ${goals(unloaded, more)}`;
    case 'loading':
      return 'Loading goals…';
    case 'error':
      return `We could not load the goals below ${parentTitle}.`;
    case 'stopped':
      return `${goals(unloaded, more)} below: too many to list here.`;
  }
}

/** When the item goes while it has focus, the tree item above it takes the focus. */
function useFocusGoesUp(ref: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const item = ref.current;
    // Runs before React removes the item, so it still knows where focus is and what is above.
    return () => {
      if (item === null || !item.contains(document.activeElement)) return;
      item.parentElement?.closest<HTMLElement>('[role="treeitem"]')?.focus();
    };
  }, [ref]);
}
