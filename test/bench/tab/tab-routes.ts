/**
 * The tab's top-level screens (teams-app/src/app/routes.ts, mapped to their lazy chunk as in
 * CurrentScreen.tsx / screens.tsx), by their source in Vite's build manifest.
 */
export interface TabRoute {
  /** The `AppRoute` screen name(s). */
  route: string;
  /** An example hash. */
  hash: string;
  /** The screen's chunk (and, for a later view, what it loads next). */
  sources: readonly string[];
}

const FEATURES = 'src/features';

export const TAB_ROUTES: readonly TabRoute[] = [
  { route: 'my-goals', hash: '#/goals', sources: [`${FEATURES}/my-goals/MyGoals.tsx`] },
  { route: 'goal', hash: '#/goals/{id}', sources: [`${FEATURES}/goal-detail/GoalDetail.tsx`] },
  {
    route: 'new-goal, edit-goal',
    hash: '#/goals/new',
    sources: [`${FEATURES}/goal-editor/GoalEditor.tsx`],
  },
  { route: 'team', hash: '#/team', sources: [`${FEATURES}/my-team/MyTeam.tsx`] },
  { route: 'person', hash: '#/team/{id}', sources: [`${FEATURES}/my-team/PersonGoals.tsx`] },
  { route: 'alignment', hash: '#/alignment', sources: [`${FEATURES}/alignment/Alignment.tsx`] },
  { route: 'reviews', hash: '#/reviews', sources: [`${FEATURES}/reviews/Reviews.tsx`] },
  {
    route: 'reviews (cycle, admin)',
    hash: '#/reviews/cycles/{id}',
    sources: [`${FEATURES}/reviews/CycleDetail.tsx`],
  },
  { route: 'review', hash: '#/reviews/{id}', sources: [`${FEATURES}/reviews/ReviewDetail.tsx`] },
  { route: 'schedule', hash: '#/schedule', sources: [`${FEATURES}/scheduling/Scheduling.tsx`] },
  { route: 'one-on-ones', hash: '#/one-on-ones', sources: [`${FEATURES}/one-on-ones/OneOnOnes.tsx`] },
  {
    route: 'one-on-one',
    hash: '#/one-on-ones/{id}',
    sources: [`${FEATURES}/one-on-ones/OneOnOneDetail.tsx`],
  },
];

/**
 * Loaded by a screen after its data arrives, not for its first view: reported beside the
 * routes, outside the first-screen budget.
 */
export const LATER_CHUNKS: readonly TabRoute[] = [
  {
    route: 'goal + check-in charts',
    hash: '#/goals/{id}',
    sources: [`${FEATURES}/goal-detail/GoalDetail.tsx`, `${FEATURES}/goal-detail/CheckInCharts.tsx`],
  },
];

/** Which host code the page loads before the first screen, by where it runs and how it signs in. */
export interface HostVariant {
  id: string;
  label: string;
  /** When the page loads this code. */
  when: string;
  sources: readonly string[];
  /**
   * Code fetched only after silent single sign-on has failed (MSAL, for a consent or sign-in
   * prompt): a recovery path, reported beside the first screen but outside its budget.
   */
  afterSsoFails?: boolean;
}

const TEAMS_SDK = 'src/host/teams-js-sdk.ts';
const OUTLOOK_TASK_PANE = 'src/host/outlook/outlook-host.ts';
const MSAL = 'src/host/msal-nested-auth.ts';

export const HOST_VARIANTS: readonly HostVariant[] = [
  { id: 'standalone', label: 'standalone', when: 'a plain browser tab', sources: [] },
  {
    id: 'teamsSso',
    label: 'Teams SSO',
    when: 'Teams, Outlook or microsoft365.com, tokens from getAuthToken()',
    sources: [TEAMS_SDK],
  },
  {
    id: 'teamsNaa',
    label: 'Teams, SSO failed',
    when: 'the same once silent getAuthToken() has failed: MSAL is fetched then, for Nested App Authentication',
    sources: [TEAMS_SDK, MSAL],
    afterSsoFails: true,
  },
  {
    id: 'outlookSso',
    label: 'Outlook pane SSO',
    when: "the Outlook add-in's task pane, tokens from Office.auth.getAccessToken()",
    sources: [OUTLOOK_TASK_PANE],
  },
  {
    id: 'outlookNaa',
    label: 'Outlook, SSO failed',
    when: 'the same once silent getAccessToken() has failed: MSAL is fetched then, for Nested App Authentication',
    sources: [OUTLOOK_TASK_PANE, MSAL],
    afterSsoFails: true,
  },
];
