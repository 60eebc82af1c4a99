import { Suspense } from 'react';
import { LoadingState } from '../components/ScreenStates';
import type { AppRoute } from './routes';
import {
  Alignment,
  CycleDetail,
  GoalDetail,
  GoalEditor,
  MyGoals,
  MyTeam,
  OneOnOneDetail,
  OneOnOnes,
  PersonGoals,
  ReviewDetail,
  Reviews,
  Scheduling,
} from './screens';

/** The screen for a route, loaded on demand. */
export function CurrentScreen({ route }: { route: AppRoute }) {
  return (
    <Suspense fallback={<LoadingState label="Loading" />}>
      <ScreenFor route={route} />
    </Suspense>
  );
}

function ScreenFor({ route }: { route: AppRoute }) {
  switch (route.screen) {
    case 'my-goals':
      return <MyGoals />;
    case 'goal':
      return <GoalDetail key={route.goalId} goalId={route.goalId} />;
    case 'new-goal':
      return <GoalEditor key="new" {...(route.parentId ? { parentId: route.parentId } : {})} />;
    case 'edit-goal':
      return <GoalEditor key={route.goalId} goalId={route.goalId} />;
    case 'team':
      return <MyTeam />;
    case 'person':
      return <PersonGoals key={route.personId} personId={route.personId} />;
    case 'alignment':
      return <Alignment {...(route.focusId ? { focusId: route.focusId } : {})} />;
    case 'schedule':
      return <Scheduling />;
    case 'reviews':
      return route.cycleId ? (
        <CycleDetail key={route.cycleId} cycleId={route.cycleId} />
      ) : (
        <Reviews />
      );
    case 'review':
      return <ReviewDetail key={route.reviewId} reviewId={route.reviewId} />;
    case 'one-on-ones':
      return <OneOnOnes />;
    case 'one-on-one':
      return <OneOnOneDetail key={route.seriesId} seriesId={route.seriesId} />;
  }
}
