import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { GoalView } from '@northstar/shared';
import type { OneOnOneView } from '@northstar/shared';
import type { ResourceHandle } from '../../app/use-resource';
import { GoalLink } from './AgendaSection';
import { ItemFacts } from './ActionItemsSection';
import { formatMeetingTime } from './local-time';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import { nameFor, type Participants } from './participants';

/** Props of `EarlierMeetings`. */
export interface EarlierMeetingsProps {
  meetings: readonly OneOnOneView[];
  participants: Participants;
  today: string;
  goals: ResourceHandle<GoalView[]>;
}

/** The series' earlier 1:1s, newest first, each opened on demand and read-only. */
export function EarlierMeetings({ meetings, participants, today, goals }: EarlierMeetingsProps) {
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  if (meetings.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 className={styles.panelTitle} id={headingId}>
        Earlier 1:1s
      </h2>
      <Accordion collapsible multiple>
        {meetings.map((meeting) => (
          <AccordionItem key={meeting.id} value={meeting.id}>
            <AccordionHeader as="h3">{formatMeetingTime(meeting.scheduledFor)}</AccordionHeader>
            <AccordionPanel>
              <MeetingRecord
                meeting={meeting}
                participants={participants}
                today={today}
                goals={goals}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function MeetingRecord({
  meeting,
  participants,
  today,
  goals,
}: Omit<EarlierMeetingsProps, 'meetings'> & { meeting: OneOnOneView }) {
  const styles = useOneOnOneDetailStyles();
  return (
    <div className={styles.record}>
      <h4 className={styles.subTitle}>Agenda</h4>
      {meeting.agenda.length === 0 ? (
        <Text className={styles.muted}>No talking points.</Text>
      ) : (
        <ul className={styles.list}>
          {meeting.agenda.map((point) => (
            <li key={point.id} className={styles.entry}>
              <Text className={styles.wrapText}>{point.text}</Text>
              <div className={mergeClasses(styles.entryMeta, styles.flush)}>
                <span>Added by {nameFor(participants, point.authorId)}</span>
                {point.done && (
                  <span className={styles.row}>
                    <CheckmarkRegular aria-hidden /> Discussed
                  </span>
                )}
                {point.goalIds.map((goalId) => (
                  <GoalLink key={goalId} goalId={goalId} goals={goals} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h4 className={styles.subTitle}>Shared notes</h4>
      {meeting.sharedNotes === '' ? (
        <Text className={styles.muted}>No shared notes.</Text>
      ) : (
        <p className={styles.readNotes}>{meeting.sharedNotes}</p>
      )}
      <h4 className={styles.subTitle}>Action items</h4>
      {meeting.actionItems.length === 0 ? (
        <Text className={styles.muted}>No action items.</Text>
      ) : (
        <ul className={styles.list}>
          {meeting.actionItems.map((item) => (
            <li key={item.id} className={styles.entry}>
              <Text className={styles.wrapText}>{item.text}</Text>
              <ItemFacts
                item={item}
                participants={participants}
                done={item.done}
                today={today}
                indented={false}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
