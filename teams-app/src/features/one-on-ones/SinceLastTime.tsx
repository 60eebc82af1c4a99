import { Link, ProgressBar, Text } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import type { ActionItem } from '@northstar/shared';
import { useId } from 'react';
import type { ChangedGoal, OneOnOneView } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { ItemFacts } from './ActionItemsSection';
import { formatMeetingDay } from './local-time';
import { carriedOver } from './occurrence-timeline';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import type { Participants } from './participants';

/** Props of `SinceLastTime`. */
export interface SinceLastTimeProps {
  meeting: OneOnOneView;
  previous: OneOnOneView;
  participants: Participants;
  today: string;
}

/** What is still open from the previous 1:1, and which of the report's goals moved since. */
export function SinceLastTime({ meeting, previous, participants, today }: SinceLastTimeProps) {
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  const goalsId = useId();
  const open = carriedOver(meeting, previous);
  const whose = participants.iManage ? `${participants.other.displayName}’s goals` : 'Your goals';
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 className={styles.panelTitle} id={headingId}>
        <HistoryRegular aria-hidden />
        Since last time
      </h2>
      <Text className={styles.muted}>
        Since your 1:1 on {formatMeetingDay(previous.scheduledFor)}
      </Text>
      <StillOpen items={open} participants={participants} today={today} />
      <h3 className={styles.subTitle} id={goalsId}>
        {whose} that changed
      </h3>
      {meeting.changedGoals.length === 0 ? (
        <Text>No goal changed since then.</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={goalsId}>
          {meeting.changedGoals.map((goal) => (
            <ChangedGoalEntry key={goal.id} goal={goal} />
          ))}
        </ul>
      )}
    </section>
  );
}

function StillOpen({
  items,
  participants,
  today,
}: {
  items: readonly ActionItem[];
  participants: Participants;
  today: string;
}) {
  const styles = useOneOnOneDetailStyles();
  const itemsId = useId();
  return (
    <>
      <h3 className={styles.subTitle} id={itemsId}>
        Still open
      </h3>
      {items.length === 0 ? (
        <Text>Nothing left open from last time.</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={itemsId}>
          {items.map((item) => (
            <li key={item.id} className={styles.entry}>
              <Text className={styles.wrapText}>{item.text}</Text>
              <ItemFacts
                item={item}
                participants={participants}
                done={false}
                today={today}
                indented={false}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ChangedGoalEntry({ goal }: { goal: ChangedGoal }) {
  const styles = useOneOnOneDetailStyles();
  const percent = Math.round(goal.progress * 100);
  return (
    <li className={styles.entry}>
      <Link href={hashOf({ screen: 'goal', goalId: goal.id })} className={styles.wrapText}>
        {goal.title}
      </Link>
      <div className={styles.row}>
        <ProgressBar
          value={goal.progress}
          thickness="large"
          aria-label={`Progress of ${goal.title}: ${String(percent)}%`}
          className={styles.grow}
        />
        <Text size={200}>{percent}%</Text>
      </div>
    </li>
  );
}
