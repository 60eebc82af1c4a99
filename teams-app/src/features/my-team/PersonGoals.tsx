import { Link, Text } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { GoalView } from '@northstar/shared';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import type { ResourceHandle } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { KudosSection } from '../kudos/KudosSection';
import { PersonGoalGroups } from './PersonGoalGroups';
import { usePersonGoalsStyles } from './PersonGoals.styles';
import { PersonHeader } from './PersonHeader';
import { usePersonGoals, usePersonProfile } from './use-person-goals';

/**
 * One person's goals (drilled into from My team): who they are, then the goals the caller may
 * see, grouped by how much attention they need, then the kudos they received.
 */
export function PersonGoals({ personId }: { personId: string }) {
  const { api, me } = useApp();
  const styles = usePersonGoalsStyles();
  const profile = usePersonProfile(api, me, personId);
  const goals = usePersonGoals(api, personId);
  const { state } = profile;
  const notFound = state.status === 'error' && isNotFound(state.error);
  return (
    <div className={styles.screen}>
      <BackToTeam />
      {state.status === 'loading' && <LoadingState label="Loading this person" rows={1} />}
      {notFound && (
        <EmptyState title="We could not find this person">
          They may have left your organisation, or the link is wrong. Go back to My team to pick
          someone else.
        </EmptyState>
      )}
      {state.status === 'error' && !notFound && (
        <ErrorState
          title="We could not load this person"
          error={state.error}
          onRetry={profile.reload}
        />
      )}
      {state.status === 'ready' && (
        <>
          <PersonHeader profile={state.data} />
          <PersonGoalsSection name={state.data.person.displayName} goals={goals} />
          <KudosSection person={state.data.person} />
        </>
      )}
    </div>
  );
}

/** The person's goals, or why they are not shown. */
function PersonGoalsSection({ name, goals }: { name: string; goals: ResourceHandle<GoalView[]> }) {
  const { state } = goals;
  if (state.status === 'loading') return <LoadingState label="Loading their goals" />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title="We could not load their goals"
        error={state.error}
        onRetry={goals.reload}
      />
    );
  }
  if (state.data.length === 0) {
    return (
      <EmptyState title="No goals to show">{name} has no goals that you can see yet.</EmptyState>
    );
  }
  return <PersonGoalGroups goals={state.data} />;
}

function BackToTeam() {
  const { navigate } = useApp();
  const styles = usePersonGoalsStyles();
  return (
    <Link
      className={styles.back}
      href={hashOf({ screen: 'team' })}
      onClick={(event) => {
        event.preventDefault();
        navigate({ screen: 'team' });
      }}
    >
      <ArrowLeftRegular aria-hidden /> <Text>Back to My team</Text>
    </Link>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
