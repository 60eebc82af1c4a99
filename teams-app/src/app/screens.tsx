import { lazy } from 'react';

// Each screen is its own chunk, so the first screen loads only its own code.
export const MyGoals = lazy(() =>
  import('../features/my-goals/MyGoals').then((m) => ({ default: m.MyGoals })),
);
export const GoalDetail = lazy(() =>
  import('../features/goal-detail/GoalDetail').then((m) => ({ default: m.GoalDetail })),
);
export const GoalEditor = lazy(() =>
  import('../features/goal-editor/GoalEditor').then((m) => ({ default: m.GoalEditor })),
);
export const MyTeam = lazy(() =>
  import('../features/my-team/MyTeam').then((m) => ({ default: m.MyTeam })),
);
export const PersonGoals = lazy(() =>
  import('../features/my-team/PersonGoals').then((m) => ({ default: m.PersonGoals })),
);
export const Alignment = lazy(() =>
  import('../features/alignment/Alignment').then((m) => ({ default: m.Alignment })),
);
export const Reviews = lazy(() =>
  import('../features/reviews/Reviews').then((m) => ({ default: m.Reviews })),
);
export const CycleDetail = lazy(() =>
  import('../features/reviews/CycleDetail').then((m) => ({ default: m.CycleDetail })),
);
export const ReviewDetail = lazy(() =>
  import('../features/reviews/ReviewDetail').then((m) => ({ default: m.ReviewDetail })),
);
export const Scheduling = lazy(() =>
  import('../features/scheduling/Scheduling').then((m) => ({ default: m.Scheduling })),
);
export const OneOnOnes = lazy(() =>
  import('../features/one-on-ones/OneOnOnes').then((m) => ({ default: m.OneOnOnes })),
);
export const OneOnOneDetail = lazy(() =>
  import('../features/one-on-ones/OneOnOneDetail').then((m) => ({ default: m.OneOnOneDetail })),
);
