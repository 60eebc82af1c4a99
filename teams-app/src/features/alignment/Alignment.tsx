import { Link, Text } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { useResource } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { periodLabel } from './alignment-labels';
import { useAlignmentStyles } from './Alignment.styles';
import { AlignmentView } from './AlignmentView';
import { FocusBanner } from './FocusBanner';

/**
 * Alignment: the company -> team -> individual tree of the current period with rolled-up
 * progress, coverage and health flags. With `focusId` (`#/alignment/<id>`) it shows that goal's
 * chain up to the company goal and the goals below it.
 */
export function Alignment({ focusId }: { focusId?: string }) {
  const { api } = useApp();
  const styles = useAlignmentStyles();
  const alignment = useResource(
    () => api.alignment(focusId === undefined ? {} : { rootId: focusId }),
    [api, focusId],
  );
  const { state } = alignment;
  const data = state.status === 'ready' ? state.data : undefined;
  const focusTitle = data?.nodes.find((node) => node.goal.id === focusId)?.goal.title;
  return (
    <div className={styles.screen}>
      <div className={styles.titleRow}>
        <Text as="h1" size={600} weight="semibold" className={styles.heading}>
          Alignment
        </Text>
        {data?.periodId && <Text className={styles.secondary}>{periodLabel(data.periodId)}</Text>}
      </div>
      {focusId !== undefined && <FocusBanner title={focusTitle} />}
      {state.status === 'loading' && <LoadingState label="Loading the alignment" rows={4} />}
      {state.status === 'error' && (
        <ErrorState
          title="We could not load the alignment"
          error={state.error}
          onRetry={alignment.reload}
        />
      )}
      {data && data.nodes.length === 0 && (
        <EmptyState
          title={focusId === undefined ? 'No goals in this period yet' : 'This goal is not here'}
          action={
            focusId === undefined && <Link href={hashOf({ screen: 'new-goal' })}>Write a goal</Link>
          }
        >
          {focusId === undefined
            ? 'When goals are written for this period, they show here with how they ladder up.'
            : 'It may be archived, in another period, or not visible to you.'}
        </EmptyState>
      )}
      {data && data.nodes.length > 0 && <AlignmentView response={data} focusId={focusId} />}
    </div>
  );
}
