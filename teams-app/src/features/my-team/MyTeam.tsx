import { Link, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { useMyTeamStyles } from './MyTeam.styles';
import { ReportCard } from './ReportCard';
import { attentionRank, sortByAttention, summarizeGoals, type ReportSummary } from './team-summary';
import { useReportGoals, type ReportGoals } from './use-report-goals';

/**
 * My team (managers): each direct report with a summary of their goals, those who need attention
 * (stale or off track) first; a person opens their goals. Someone without reports is told so.
 */
export function MyTeam() {
  const { me } = useApp();
  const styles = useMyTeamStyles();
  return (
    <div className={styles.screen}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        My team
      </Text>
      {me.directReports.length === 0 ? (
        <EmptyState
          title="You have no direct reports"
          action={<Link href={hashOf({ screen: 'my-goals' })}>Go to my goals</Link>}
        >
          My team shows the goals of the people who report to you. When someone does, they appear
          here.
        </EmptyState>
      ) : (
        <TeamList />
      )}
    </div>
  );
}

function TeamList() {
  const { api, me } = useApp();
  const { entries, retry, retryAll } = useReportGoals(api, me.directReports);
  // One "now" per visit, so the day counts do not shift while the page is open.
  const [now] = useState(() => Date.now());
  const rows = useMemo(
    () =>
      sortByAttention(
        entries.map((entry) => ({
          ...entry,
          summary: entry.state.status === 'ready' ? summarizeGoals(entry.state.data, now) : null,
        })),
      ),
    [entries, now],
  );
  if (entries.every((e) => e.state.status === 'loading')) {
    return <LoadingState label="Loading your team's goals" rows={Math.min(entries.length, 4)} />;
  }
  const failed = entries.find((e) => e.state.status === 'error');
  if (failed && entries.every((e) => e.state.status === 'error')) {
    return (
      <ErrorState
        title="We could not load your team's goals"
        error={failed.state.error}
        onRetry={retryAll}
      />
    );
  }
  return <ReportList rows={rows} now={now} onRetry={retry} />;
}

function ReportList({
  rows,
  now,
  onRetry,
}: {
  rows: readonly (ReportGoals & { summary: ReportSummary | null })[];
  now: number;
  onRetry: (personId: string) => void;
}) {
  const { navigate } = useApp();
  const styles = useMyTeamStyles();
  const needAttention = rows.filter((r) => attentionRank(r.summary) === 0).length;
  return (
    <>
      <Text className={styles.secondary}>
        {rows.length} direct {rows.length === 1 ? 'report' : 'reports'} · {needAttention}{' '}
        {needAttention === 1 ? 'needs' : 'need'} attention
      </Text>
      <ul className={styles.list} aria-label="Direct reports">
        {rows.map((row) => (
          <li key={row.person.id}>
            <ReportCard
              person={row.person}
              state={row.state}
              summary={row.summary}
              now={now}
              onOpen={(personId) => navigate({ screen: 'person', personId })}
              onRetry={onRetry}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
