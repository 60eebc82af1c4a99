import {
  Badge,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { TaskListLtrRegular } from '@fluentui/react-icons';
import type { ActionItem } from '@northstar/shared';
import { useId } from 'react';
import type { OneOnOneView } from '@northstar/shared';
import { formatDate } from '../../components/format';
import { AddActionItemForm } from './AddActionItemForm';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import { nameFor, type Participants } from './participants';
import type { MeetingEdits, PendingItem } from './use-meeting-edits';

/** Props of `ActionItemsSection`. */
export interface ActionItemsSectionProps {
  meeting: OneOnOneView;
  participants: Participants;
  edits: MeetingEdits;
  /** Today as `YYYY-MM-DD`, to flag overdue items. */
  today: string;
}

/** The follow-ups of the 1:1: who does what by when, ticked off when done. */
export function ActionItemsSection({
  meeting,
  participants,
  edits,
  today,
}: ActionItemsSectionProps) {
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  const items = [...meeting.actionItems, ...edits.pendingItems];
  const error = edits.toggleError?.kind === 'actions' ? edits.toggleError.message : null;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 className={styles.panelTitle} id={headingId}>
        <TaskListLtrRegular aria-hidden />
        Action items
      </h2>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {items.length === 0 ? (
        <Text>No action items yet. Agree who does what next, and add it here.</Text>
      ) : (
        <ul className={styles.list} aria-label="Action items">
          {items.map((item) => (
            <ItemEntry
              key={item.id}
              item={item}
              participants={participants}
              edits={edits}
              today={today}
            />
          ))}
        </ul>
      )}
      <AddActionItemForm participants={participants} onAdd={edits.addItem} />
    </section>
  );
}

function ItemEntry({
  item,
  participants,
  edits,
  today,
}: {
  item: ActionItem | PendingItem;
  participants: Participants;
  edits: MeetingEdits;
  today: string;
}) {
  const styles = useOneOnOneDetailStyles();
  const saved = 'done' in item;
  const done = edits.doneOverrides[item.id] ?? (saved && item.done);
  return (
    <li className={styles.entry}>
      <Checkbox
        checked={done}
        disabled={!saved}
        onChange={(_, data) => edits.setDone('actions', item, data.checked === true)}
        label={<span className={done ? styles.doneText : styles.entryText}>{item.text}</span>}
      />
      <ItemFacts item={item} participants={participants} done={done} today={today} />
      {!saved && (
        <div className={styles.entryMeta}>
          <Spinner size="extra-tiny" label="Adding…" />
        </div>
      )}
    </li>
  );
}

/** Owner, due date and whether it is overdue, of an action item (also used read-only). */
export function ItemFacts({
  item,
  participants,
  done,
  today,
  indented = true,
}: {
  item: Pick<ActionItem, 'ownerId' | 'dueDate'>;
  participants: Participants;
  done: boolean;
  today: string;
  /** Under a checkbox label (true) or under plain text. */
  indented?: boolean;
}) {
  const styles = useOneOnOneDetailStyles();
  const overdue = !done && item.dueDate !== null && item.dueDate < today;
  return (
    <div className={mergeClasses(styles.entryMeta, !indented && styles.flush)}>
      <span>Owner: {nameFor(participants, item.ownerId)}</span>
      {item.dueDate && <span>Due {formatDate(item.dueDate)}</span>}
      {overdue && (
        <Badge appearance="tint" color="danger" size="small">
          Overdue
        </Badge>
      )}
      {done && <span>Done</span>}
    </div>
  );
}
