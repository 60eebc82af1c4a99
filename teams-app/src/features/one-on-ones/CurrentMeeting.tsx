import type { GoalView } from '@northstar/shared';
import type { OneOnOneView } from '@northstar/shared';
import type { ResourceHandle } from '../../app/use-resource';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaSection } from './AgendaSection';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import type { Participants } from './participants';
import { PrivateNotesSection } from './PrivateNotesSection';
import { SharedNotesSection } from './SharedNotesSection';
import { SinceLastTime } from './SinceLastTime';
import { useMeetingEdits } from './use-meeting-edits';
import { useMeetingWrites } from './use-meeting-writes';

/** Props of `CurrentMeeting`. */
export interface CurrentMeetingProps {
  seriesId: string;
  meeting: OneOnOneView;
  previous: OneOnOneView | null;
  participants: Participants;
  /** Keeps the 1:1 as the server last returned it. */
  onMeeting: (meeting: OneOnOneView) => void;
  today: string;
  /** The report's goals, to link and to name linked goals. */
  goals: ResourceHandle<GoalView[]>;
}

/**
 * The 1:1 to work on: agenda, shared notes and action items, with what happened since last
 * time and my private notes beside them (below them when the tab is narrow).
 */
export function CurrentMeeting(props: CurrentMeetingProps) {
  const { seriesId, meeting, previous, participants, onMeeting, today, goals } = props;
  const styles = useOneOnOneDetailStyles();
  const writes = useMeetingWrites(seriesId, meeting, onMeeting);
  const edits = useMeetingEdits(seriesId, writes);
  const shared = { meeting, participants, edits };
  return (
    <div className={styles.columns}>
      <div className={styles.column}>
        <AgendaSection {...shared} goals={goals} />
        <SharedNotesSection
          seriesId={seriesId}
          meeting={meeting}
          participants={participants}
          writes={writes}
        />
        <ActionItemsSection {...shared} today={today} />
      </div>
      <div className={styles.column}>
        {previous && (
          <SinceLastTime
            meeting={meeting}
            previous={previous}
            participants={participants}
            today={today}
          />
        )}
        <PrivateNotesSection seriesId={seriesId} meetingId={meeting.id} />
      </div>
    </div>
  );
}
