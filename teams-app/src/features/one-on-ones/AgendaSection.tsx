import {
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ChatMultipleRegular, TargetArrowRegular } from '@fluentui/react-icons';
import type { GoalView, TalkingPoint } from '@northstar/shared';
import { useId } from 'react';
import type { OneOnOneView } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import type { ResourceHandle } from '../../app/use-resource';
import { AddTalkingPointForm } from './AddTalkingPointForm';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import { nameFor, type Participants } from './participants';
import type { MeetingEdits, PendingPoint } from './use-meeting-edits';

/** Props of `AgendaSection`. */
export interface AgendaSectionProps {
  meeting: OneOnOneView;
  participants: Participants;
  edits: MeetingEdits;
  goals: ResourceHandle<GoalView[]>;
}

/** The shared agenda: talking points either participant adds, ticked off once discussed. */
export function AgendaSection({ meeting, participants, edits, goals }: AgendaSectionProps) {
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  const points = [...meeting.agenda, ...edits.pendingPoints];
  const error = edits.toggleError?.kind === 'agenda' ? edits.toggleError.message : null;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 className={styles.panelTitle} id={headingId}>
        <ChatMultipleRegular aria-hidden />
        Agenda
      </h2>
      <Text className={styles.muted}>
        Talking points either of you adds. Tick each one off once you have discussed it.
      </Text>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {points.length === 0 ? (
        <Text>No talking points yet. Add what you want to talk about.</Text>
      ) : (
        <ul className={styles.list} aria-label="Talking points">
          {points.map((point) => (
            <PointEntry
              key={point.id}
              point={point}
              participants={participants}
              edits={edits}
              goals={goals}
            />
          ))}
        </ul>
      )}
      <AddTalkingPointForm goals={goals} onAdd={edits.addPoint} />
    </section>
  );
}

function PointEntry({
  point,
  participants,
  edits,
  goals,
}: {
  point: TalkingPoint | PendingPoint;
  participants: Participants;
  edits: MeetingEdits;
  goals: ResourceHandle<GoalView[]>;
}) {
  const styles = useOneOnOneDetailStyles();
  const saved = 'authorId' in point;
  const done = edits.doneOverrides[point.id] ?? (saved && point.done);
  return (
    <li className={styles.entry}>
      <Checkbox
        checked={done}
        disabled={!saved}
        onChange={(_, data) => edits.setDone('agenda', point, data.checked === true)}
        label={<span className={done ? styles.doneText : styles.entryText}>{point.text}</span>}
      />
      <div className={styles.entryMeta}>
        {saved ? (
          <span>Added by {nameFor(participants, point.authorId)}</span>
        ) : (
          <Spinner size="extra-tiny" label="Adding…" />
        )}
        {done && <span>Discussed</span>}
        {point.goalIds.map((goalId) => (
          <GoalLink key={goalId} goalId={goalId} goals={goals} />
        ))}
      </div>
    </li>
  );
}

/** A linked goal by its title (when the report's goals are loaded), opening the goal. */
export function GoalLink({ goalId, goals }: { goalId: string; goals: ResourceHandle<GoalView[]> }) {
  const styles = useOneOnOneDetailStyles();
  const title =
    goals.state.status === 'ready'
      ? (goals.state.data.find((goal) => goal.id === goalId)?.title ?? 'Linked goal')
      : 'Linked goal';
  return (
    <span className={styles.goalLink}>
      <TargetArrowRegular aria-hidden />
      <Link href={hashOf({ screen: 'goal', goalId })} className={styles.wrapText}>
        {title}
      </Link>
    </span>
  );
}
