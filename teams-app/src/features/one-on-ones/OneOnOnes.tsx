import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { useOneOnOnesStyles } from './OneOnOnes.styles';
import { SeriesCard } from './SeriesCard';
import type { SeriesRow, SeriesSections } from './series-rows';
import { useSeriesList, type Starting } from './use-series-list';

/**
 * 1:1s: the series with my manager, one card per direct report (open the series, or start
 * one), and any series with someone who has since moved on. Each says when we next meet and
 * how many action items are still open.
 */
export function OneOnOnes() {
  const styles = useOneOnOnesStyles();
  const { resource, starting, start } = useSeriesList();
  const { state } = resource;
  return (
    <div className={styles.screen}>
      <Text as="h1" size={600} weight="semibold" className={styles.heading}>
        1:1s
      </Text>
      <Text className={styles.secondary}>
        Prepare each 1:1 together: a shared agenda, shared notes and action items, with your own
        private notes beside them.
      </Text>
      {state.status === 'loading' && <LoadingState label="Loading your 1:1s" />}
      {state.status === 'error' && (
        <ErrorState
          title="We could not load your 1:1s"
          error={state.error}
          onRetry={resource.reload}
        />
      )}
      {state.status === 'ready' && (
        <Sections sections={state.data} starting={starting} onStart={start} />
      )}
    </div>
  );
}

function Sections({
  sections,
  starting,
  onStart,
}: {
  sections: SeriesSections;
  starting: Starting | null;
  onStart: (personId: string) => void;
}) {
  const { withManager, withReports, others } = sections;
  if (!withManager && withReports.length === 0 && others.length === 0) {
    return (
      <EmptyState title="No 1:1s for you">
        1:1s are between a manager and each of their direct reports. You have neither a manager nor
        reports in the directory.
      </EmptyState>
    );
  }
  return (
    <>
      {withReports.length > 0 && (
        <RowSection
          title="With my reports"
          rows={withReports}
          starting={starting}
          onStart={onStart}
        />
      )}
      {withManager && (
        <RowSection title="With my manager" rows={[withManager]} starting={starting} />
      )}
      {others.length > 0 && <RowSection title="Earlier 1:1s" rows={others} starting={starting} />}
    </>
  );
}

function RowSection({
  title,
  rows,
  starting,
  onStart,
}: {
  title: string;
  rows: readonly SeriesRow[];
  starting: Starting | null;
  onStart?: (personId: string) => void;
}) {
  const styles = useOneOnOnesStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 className={styles.sectionTitle} id={headingId}>
        {title}
      </h2>
      <ul className={styles.list} aria-labelledby={headingId}>
        {rows.map((row) => (
          <li key={row.person.id}>
            <SeriesCard row={row} starting={starting} {...(onStart ? { onStart } : {})} />
          </li>
        ))}
      </ul>
    </section>
  );
}
