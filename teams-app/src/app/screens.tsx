import { lazy } from 'react';
import type { AppRoute } from './routes';

// Each screen is its own chunk, so the first screen loads only its own code.
const chunks = {
  myGoals: () => import('../features/my-goals/MyGoals'),
  goalDetail: () => import('../features/goal-detail/GoalDetail'),
  goalEditor: () => import('../features/goal-editor/GoalEditor'),
  myTeam: () => import('../features/my-team/MyTeam'),
  personGoals: () => import('../features/my-team/PersonGoals'),
  alignment: () => import('../features/alignment/Alignment'),
  reviews: () => import('../features/reviews/Reviews'),
  cycleDetail: () => import('../features/reviews/CycleDetail'),
  reviewDetail: () => import('../features/reviews/ReviewDetail'),
  scheduling: () => import('../features/scheduling/Scheduling'),
  oneOnOnes: () => import('../features/one-on-ones/OneOnOnes'),
  oneOnOneDetail: () => import('../features/one-on-ones/OneOnOneDetail'),
};

export const MyGoals = lazy(() => chunks.myGoals().then((m) => ({ default: m.MyGoals })));
export const GoalDetail = lazy(() =>
  chunks.goalDetail().then((m) => ({ default: m.GoalDetail })),
);
export const GoalEditor = lazy(() =>
  chunks.goalEditor().then((m) => ({ default: m.GoalEditor })),
);
export const MyTeam = lazy(() => chunks.myTeam().then((m) => ({ default: m.MyTeam })));
export const PersonGoals = lazy(() =>
  chunks.personGoals().then((m) => ({ default: m.PersonGoals })),
);
export const Alignment = lazy(() => chunks.alignment().then((m) => ({ default: m.Alignment })));
export const Reviews = lazy(() => chunks.reviews().then((m) => ({ default: m.Reviews })));
export const CycleDetail = lazy(() =>
  chunks.cycleDetail().then((m) => ({ default: m.CycleDetail })),
);
export const ReviewDetail = lazy(() =>
  chunks.reviewDetail().then((m) => ({ default: m.ReviewDetail })),
);
export const Scheduling = lazy(() =>
  chunks.scheduling().then((m) => ({ default: m.Scheduling })),
);
export const OneOnOnes = lazy(() => chunks.oneOnOnes().then((m) => ({ default: m.OneOnOnes })));
export const OneOnOneDetail = lazy(() =>
  chunks.oneOnOneDetail().then((m) => ({ default: m.OneOnOneDetail })),
);

function chunkOf(route: AppRoute): () => Promise<unknown> {
  switch (route.screen) {
    case 'my-goals':
      return chunks.myGoals;
    case 'goal':
      return chunks.goalDetail;
    case 'new-goal':
    case 'edit-goal':
      return chunks.goalEditor;
    case 'team':
      return chunks.myTeam;
    case 'person':
      return chunks.personGoals;
    case 'alignment':
      return chunks.alignment;
    case 'reviews':
      return route.cycleId ? chunks.cycleDetail : chunks.reviews;
    case 'review':
      return chunks.reviewDetail;
    case 'schedule':
      return chunks.scheduling;
    case 'one-on-ones':
      return chunks.oneOnOnes;
    case 'one-on-one':
      return chunks.oneOnOneDetail;
  }
}

/**
 * Starts fetching the chunk of `route`'s screen, so it downloads while the app is still signing
 * in rather than after. A failed fetch is ignored here: showing the screen fetches it again and
 * shows the error.
 */
export function preloadScreen(route: AppRoute): void {
  chunkOf(route)().catch(() => undefined);
}
