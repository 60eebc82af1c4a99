import { Badge, Button, Card, Link, Text } from '@fluentui/react-components';
import { CalendarLtrRegular, TaskListLtrRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { formatMeetingDay, formatMeetingTime } from './local-time';
import { useOneOnOnesStyles } from './OneOnOnes.styles';
import type { SeriesRow, SeriesSummary } from './series-rows';
import type { Starting } from './use-series-list';

/** Props of `SeriesCard`. */
export interface SeriesCardProps {
  row: SeriesRow;
  /** Offered to a manager for a report without a series yet; absent otherwise. */
  onStart?: (personId: string) => void;
  starting: Starting | null;
}

/** One person I have (or could have) 1:1s with: when we next meet and what is still open. */
export function SeriesCard({ row, onStart, starting }: SeriesCardProps) {
  const styles = useOneOnOnesStyles();
  const { navigate } = useApp();
  const nameId = useId();
  const { person, series, summary } = row;
  return (
    <Card className={styles.card} role="group" aria-labelledby={nameId}>
      <div className={styles.who}>
        <h3 className={styles.name} id={nameId}>
          {series ? (
            <Link
              className={styles.nameLink}
              href={hashOf({ screen: 'one-on-one', seriesId: series.id })}
              onClick={(event) => {
                event.preventDefault();
                navigate({ screen: 'one-on-one', seriesId: series.id });
              }}
            >
              {person.displayName}
            </Link>
          ) : (
            person.displayName
          )}
        </h3>
        {person.jobTitle && (
          <Text size={200} className={styles.secondary}>
            {person.jobTitle}
          </Text>
        )}
      </div>
      {summary ? (
        <SummaryFacts summary={summary} />
      ) : (
        <NoSeries row={row} onStart={onStart} starting={starting} />
      )}
    </Card>
  );
}

function SummaryFacts({ summary }: { summary: SeriesSummary }) {
  const styles = useOneOnOnesStyles();
  const { nextAt, lastAt, openItems } = summary;
  return (
    <div className={styles.facts}>
      <Text className={styles.fact}>
        <CalendarLtrRegular aria-hidden />
        {nextAt
          ? `Next 1:1: ${formatMeetingTime(nextAt)}`
          : lastAt
            ? `No 1:1 planned · last on ${formatMeetingDay(lastAt)}`
            : 'No 1:1 planned yet'}
      </Text>
      <Badge
        appearance="tint"
        color={openItems > 0 ? 'brand' : 'informative'}
        icon={<TaskListLtrRegular />}
      >
        {openItems === 0
          ? 'No open action items'
          : `${String(openItems)} open action ${openItems === 1 ? 'item' : 'items'}`}
      </Badge>
    </div>
  );
}

function NoSeries({ row, onStart, starting }: SeriesCardProps) {
  const styles = useOneOnOnesStyles();
  const { person } = row;
  if (!onStart) {
    return (
      <Text className={styles.secondary}>
        {person.displayName} has not started 1:1s with you yet.
      </Text>
    );
  }
  const mine = starting?.personId === person.id ? starting : null;
  return (
    <div className={styles.actions}>
      <Text className={styles.secondary}>No 1:1s yet.</Text>
      <Button
        appearance="primary"
        disabled={mine !== null && mine.error === null}
        aria-label={`Start 1:1s with ${person.displayName}`}
        onClick={() => onStart(person.id)}
      >
        {mine && mine.error === null ? 'Starting…' : 'Start 1:1s'}
      </Button>
      {mine?.error != null && (
        <Text role="alert" className={styles.inlineError}>
          We could not start 1:1s with {person.displayName}. {messageOf(mine.error)}
        </Text>
      )}
    </div>
  );
}
