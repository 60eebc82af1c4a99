import { lazy, type ComponentType } from 'react';
import type { AppRoute } from './routes';

/** A screen's component, loaded on demand from its own chunk (the same load for a preload). */
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return Object.assign(
    lazy(() => load().then((component) => ({ default: component }))),
    { load },
  );
}

// Each screen is its own chunk, so the first screen loads only its own code.
export const MyGoals = lazyScreen(() =>
  import('../features/my-goals/MyGoals').then((m) => m.MyGoals),
);
export const GoalDetail = lazyScreen(() =>
  import('../features/goal-detail/GoalDetail').then((m) => m.GoalDetail),
);
export const GoalEditor = lazyScreen(() =>
  import('../features/goal-editor/GoalEditor').then((m) => m.GoalEditor),
);
export const MyTeam = lazyScreen(() => import('../features/my-team/MyTeam').then((m) => m.MyTeam));
export const PersonGoals = lazyScreen(() =>
  import('../features/my-team/PersonGoals').then((m) => m.PersonGoals),
);
export const Alignment = lazyScreen(() =>
  import('../features/alignment/Alignment').then((m) => m.Alignment),
);
export const Reviews = lazyScreen(() =>
  import('../features/reviews/Reviews').then((m) => m.Reviews),
);
export const CycleDetail = lazyScreen(() =>
  import('../features/reviews/CycleDetail').then((m) => m.CycleDetail),
);
export const ReviewDetail = lazyScreen(() =>
  import('../features/reviews/ReviewDetail').then((m) => m.ReviewDetail),
);
export const Scheduling = lazyScreen(() =>
  import('../features/scheduling/Scheduling').then((m) => m.Scheduling),
);
export const OneOnOnes = lazyScreen(() =>
  import('../features/one-on-ones/OneOnOnes').then((m) => m.OneOnOnes),
);
export const OneOnOneDetail = lazyScreen(() =>
  import('../features/one-on-ones/OneOnOneDetail').then((m) => m.OneOnOneDetail),
);

/** The screen each route shows (`reviews` with a cycle shows `CycleDetail`). */
const SCREENS: Record<AppRoute['screen'], { load: () => Promise<unknown> }> = {
  'my-goals': MyGoals,
  goal: GoalDetail,
  'new-goal': GoalEditor,
  'edit-goal': GoalEditor,
  team: MyTeam,
  person: PersonGoals,
  alignment: Alignment,
  reviews: Reviews,
  review: ReviewDetail,
  schedule: Scheduling,
  'one-on-ones': OneOnOnes,
  'one-on-one': OneOnOneDetail,
};

/**
 * Starts fetching the chunk of `route`'s screen, so it downloads while the app is still signing
 * in rather than after. A failed fetch is ignored here: showing the screen fetches it again and
 * shows the error.
 */
export function preloadScreen(route: AppRoute): void {
  const screen = route.screen === 'reviews' && route.cycleId ? CycleDetail : SCREENS[route.screen];
  screen.load().catch(() => undefined);
}
