import { Link, MessageBar, MessageBarBody, Text, Title2 } from '@fluentui/react-components';
import { ArrowLeftRegular, CalendarLtrRegular, CalendarAddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { OneOnOneView } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { CurrentMeeting } from './CurrentMeeting';
import { EarlierMeetings } from './EarlierMeetings';
import { formatMeetingTime, toLocalInputs } from './local-time';
import { suggestedNextStart, timelineOf } from './occurrence-timeline';
import { useOneOnOneDetailStyles } from './OneOnOneDetail.styles';
import { StartMeetingForm } from './StartMeetingForm';
import { useGoalOptions } from './use-goal-options';
import { useSeriesDetail, type SeriesDetail } from './use-series-detail';

/**
 * One 1:1 series: the next 1:1 to prepare and hold (shared agenda, shared notes, action items,
 * my private notes, what changed since last time), starting the next one, and the earlier ones.
 */
export function OneOnOneDetail({ seriesId }: { seriesId: string }) {
  const { resource, putMeeting } = useSeriesDetail(seriesId);
  const { state } = resource;
  switch (state.status) {
    case 'loading':
      return <LoadingState label="Loading the 1:1" />;
    case 'error':
      if (state.error instanceof ApiError && state.error.status === 404) return <SeriesNotFound />;
      return (
        <ErrorState
          title="This 1:1 could not be loaded"
          error={state.error}
          onRetry={resource.reload}
        />
      );
    case 'ready':
      return <SeriesPage detail={state.data} onMeeting={putMeeting} />;
  }
}

function SeriesPage({
  detail,
  onMeeting,
}: {
  detail: SeriesDetail;
  onMeeting: (meeting: OneOnOneView) => void;
}) {
  const styles = useOneOnOneDetailStyles();
  const headingId = useId();
  // One "now" per visit, so which 1:1 is current does not shift while it is open.
  const [now] = useState(() => Date.now());
  const { series, participants, meetings } = detail;
  const goals = useGoalOptions(participants.reportId);
  const { current, previous, earlier, later, currentIsOver } = timelineOf(meetings, now);
  const today = toLocalInputs(new Date(now)).date;
  const suggested = suggestedNextStart(current, now);
  return (
    <article className={styles.page} aria-labelledby={headingId}>
      <SeriesHeader detail={detail} headingId={headingId} />
      {current === null ? (
        <EmptyState
          title="No 1:1 planned yet"
          action={
            <StartMeetingForm
              seriesId={series.id}
              suggested={suggested}
              action="Plan the first 1:1"
              onCreated={onMeeting}
            />
          }
        >
          Pick when you first meet. Once it is planned, you can both add talking points.
        </EmptyState>
      ) : (
        <>
          <MeetingLine meeting={current} over={currentIsOver} later={later} />
          {currentIsOver && (
            <div className={styles.panel}>
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  This 1:1 is over. Start the next one: its open action items carry over, and you
                  see which goals changed since.
                </MessageBarBody>
              </MessageBar>
              <StartMeetingForm
                seriesId={series.id}
                suggested={suggested}
                action="Start next 1:1"
                onCreated={onMeeting}
              />
            </div>
          )}
          <CurrentMeeting
            key={current.id}
            seriesId={series.id}
            meeting={current}
            previous={previous}
            participants={participants}
            onMeeting={onMeeting}
            today={today}
            goals={goals}
          />
        </>
      )}
      <EarlierMeetings meetings={earlier} participants={participants} today={today} goals={goals} />
    </article>
  );
}

function SeriesHeader({ detail, headingId }: { detail: SeriesDetail; headingId: string }) {
  const styles = useOneOnOneDetailStyles();
  const { other, iManage } = detail.participants;
  const relation = iManage ? 'Reports to you' : 'Your manager';
  return (
    <header className={styles.header}>
      <Link href={hashOf({ screen: 'one-on-ones' })} className={styles.row}>
        <ArrowLeftRegular aria-hidden />
        All 1:1s
      </Link>
      <Title2 as="h1" id={headingId} className={styles.title}>
        1:1 with {other.displayName}
      </Title2>
      <div className={styles.row}>
        <Text className={styles.muted}>
          {other.jobTitle ? `${other.jobTitle} · ${relation}` : relation}
        </Text>
        <Link href={hashOf({ screen: 'schedule' })} className={styles.row}>
          <CalendarAddRegular aria-hidden />
          Find a time in the calendar
        </Link>
      </div>
    </header>
  );
}

function MeetingLine({
  meeting,
  over,
  later,
}: {
  meeting: OneOnOneView;
  over: boolean;
  later: readonly OneOnOneView[];
}) {
  const styles = useOneOnOneDetailStyles();
  const also = later.map((m) => formatMeetingTime(m.scheduledFor)).join('; ');
  return (
    <div className={styles.row}>
      <Text weight="semibold" size={400} className={styles.row}>
        <CalendarLtrRegular aria-hidden />
        {over ? 'Last 1:1' : 'Next 1:1'}: {formatMeetingTime(meeting.scheduledFor)}
      </Text>
      {also && <Text className={styles.muted}>Also planned: {also}</Text>}
    </div>
  );
}

function SeriesNotFound() {
  const styles = useOneOnOneDetailStyles();
  return (
    <div className={styles.section}>
      <Title2 as="h1" className={styles.title}>
        1:1 not found
      </Title2>
      <Text>There is no 1:1 series at this link that you take part in.</Text>
      <Link href={hashOf({ screen: 'one-on-ones' })}>Back to 1:1s</Link>
    </div>
  );
}
