import { Badge, Button, Card, Link, Text } from '@fluentui/react-components';
import { ClockAlarmRegular } from '@fluentui/react-icons';
import type { GoalView, Person } from '@northstar/shared';
import { useId, type ReactNode } from 'react';
import { messageOf } from '../../api/api-error';
import { hashOf } from '../../app/routes';
import type { Resource } from '../../app/use-resource';
import { LoadingState } from '../../components/ScreenStates';
import { noCheckInLabel } from './goal-attention';
import { useMyTeamStyles } from './MyTeam.styles';
import { GOALS_SHOWN, ReportGoalList } from './ReportGoalList';
import type { ReportSummary } from './team-summary';

/** Props of `ReportCard`. */
export interface ReportCardProps {
  person: Person;
  state: Resource<GoalView[]>;
  /** The summary of the loaded goals; null while loading or after a failure. */
  summary: ReportSummary | null;
  now: number;
  onOpen: (personId: string) => void;
  onRetry: (personId: string) => void;
}

/** One direct report: who they are, how their goals stand, and whether they have checked in. */
export function ReportCard({ person, state, summary, now, onOpen, onRetry }: ReportCardProps) {
  const styles = useMyTeamStyles();
  const nameId = useId();
  return (
    <Card className={styles.card} role="group" aria-labelledby={nameId}>
      <div className={styles.header}>
        <h2 className={styles.name} id={nameId}>
          <PersonLink personId={person.id} onOpen={onOpen}>
            {person.displayName}
          </PersonLink>
        </h2>
        <Text size={200} className={styles.secondary}>
          {person.jobTitle}
        </Text>
      </div>
      <ReportBody
        person={person}
        state={state}
        summary={summary}
        now={now}
        onOpen={onOpen}
        onRetry={onRetry}
      />
    </Card>
  );
}

/** The card's body for each loading state: a skeleton, an inline retry, or the goals. */
function ReportBody({ person, state, summary, now, onOpen, onRetry }: ReportCardProps) {
  const styles = useMyTeamStyles();
  if (state.status === 'loading') {
    return <LoadingState label={`Loading the goals of ${person.displayName}`} rows={1} />;
  }
  if (state.status === 'error') {
    return (
      <div role="alert" className={styles.inlineError}>
        <Text>
          We could not load the goals of {person.displayName}. {messageOf(state.error)}
        </Text>
        <Button size="small" onClick={() => onRetry(person.id)}>
          Try again for {person.displayName}
        </Button>
      </div>
    );
  }
  if (!summary) return null;
  return (
    <>
      <SummaryLine summary={summary} />
      {state.data.length > 0 && (
        <ReportGoalList ownerName={person.displayName} goals={state.data} now={now} />
      )}
      {state.data.length > GOALS_SHOWN && (
        <PersonLink personId={person.id} onOpen={onOpen}>
          See all {state.data.length} goals of {person.displayName}
        </PersonLink>
      )}
    </>
  );
}

/** A real link (middle-click opens a tab) that navigates in place on a plain click. */
function PersonLink({
  personId,
  onOpen,
  children,
}: {
  personId: string;
  onOpen: (personId: string) => void;
  children: ReactNode;
}) {
  return (
    <Link
      href={hashOf({ screen: 'person', personId })}
      onClick={(event) => {
        event.preventDefault();
        onOpen(personId);
      }}
    >
      {children}
    </Link>
  );
}

function SummaryLine({ summary }: { summary: ReportSummary }) {
  const styles = useMyTeamStyles();
  const { activeCount, doneCount, averageProgress, daysWithoutCheckIn, offTrackCount } = summary;
  if (averageProgress === null) {
    return <Text className={styles.secondary}>No goals yet.</Text>;
  }
  const goals = `${String(activeCount)} active ${activeCount === 1 ? 'goal' : 'goals'}`;
  const done = doneCount > 0 ? `, ${String(doneCount)} done` : '';
  return (
    <div className={styles.flags}>
      <Text>
        {goals}
        {done} · average progress {Math.round(averageProgress * 100)}%
      </Text>
      {daysWithoutCheckIn !== null && (
        <Badge appearance="tint" color="warning" icon={<ClockAlarmRegular />}>
          {noCheckInLabel(daysWithoutCheckIn)}
        </Badge>
      )}
      {offTrackCount > 0 && (
        <Badge appearance="tint" color="danger">
          {offTrackCount} off track
        </Badge>
      )}
    </div>
  );
}
