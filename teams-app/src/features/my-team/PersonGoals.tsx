import { Link, Text } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { PersonGoalGroups } from './PersonGoalGroups';
import { usePersonGoalsStyles } from './PersonGoals.styles';
import { PersonHeader } from './PersonHeader';
import { usePersonGoals, usePersonProfile } from './use-person-goals';

/**
 * One person's goals (drilled into from My team): who they are, then the goals the caller may
 * see, grouped by how much attention they need.
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
          {goals.state.status === 'loading' && <LoadingState label="Loading their goals" />}
          {goals.state.status === 'error' && (
            <ErrorState
              title="We could not load their goals"
              error={goals.state.error}
              onRetry={goals.reload}
            />
          )}
          {goals.state.status === 'ready' && goals.state.data.length === 0 && (
            <EmptyState title="No goals to show">
              {state.data.person.displayName} has no goals that you can see yet.
            </EmptyState>
          )}
          {goals.state.status === 'ready' && <PersonGoalGroups goals={goals.state.data} />}
        </>
      )}
    </div>
  );
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
