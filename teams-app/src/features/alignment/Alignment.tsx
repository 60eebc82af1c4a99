import { Link, Text } from '@fluentui/react-components';
import type { AlignmentResponse } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { useResource, type ResourceHandle } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { periodLabel } from '../../components/format';
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
      <AlignmentBody alignment={alignment} focusId={focusId} />
    </div>
  );
}

/** The loaded alignment, or its loading, error or empty state. */
function AlignmentBody({
  alignment,
  focusId,
}: {
  alignment: ResourceHandle<AlignmentResponse>;
  focusId: string | undefined;
}) {
  const { state } = alignment;
  if (state.status === 'loading') return <LoadingState label="Loading the alignment" rows={4} />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title="We could not load the alignment"
        error={state.error}
        onRetry={alignment.reload}
      />
    );
  }
  if (state.data.nodes.length > 0) return <AlignmentView response={state.data} focusId={focusId} />;
  if (focusId !== undefined) {
    return (
      <EmptyState title="This goal is not here">
        It may be archived, in another period, or not visible to you.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="No goals in this period yet"
      action={<Link href={hashOf({ screen: 'new-goal' })}>Write a goal</Link>}
    >
      When goals are written for this period, they show here with how they ladder up.
    </EmptyState>
  );
}
