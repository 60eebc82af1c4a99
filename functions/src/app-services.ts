import type { GraphClientFor } from './adapters/graph/graph-client.js';
import type { Config } from './config/config.js';
import type { DevSignIn } from './features/dev/dev-sign-in.js';
import type { GoalSnapshots } from './features/goals/goal-snapshots.js';
import type { TenantSettingsService } from './features/settings/tenant-settings-service.js';
import type { TokenVerifier } from './http/auth/identity.js';
import type { CalendarService } from './ports/calendar.js';
import type { Clock } from './ports/clock.js';
import type { Directory } from './ports/directory.js';
import type { Notifier } from './ports/notifier.js';
import type { Stores } from './ports/stores.js';

/** Everything the routes use, built once by the composition root. */
export interface AppServices {
  config: Config;
  stores: Stores;
  directory: Directory;
  directoryKind: 'demo' | 'graph';
  calendar: CalendarService;
  clock: Clock;
  settings: TenantSettingsService;
  snapshots: GoalSnapshots;
  verifier: TokenVerifier;
  /** Present only in dev auth mode. */
  devSignIn: DevSignIn | undefined;
  /**
   * Activity feed notifications (Graph). Unset, reminders use the FAKE recording notifier with
   * the demo directory and fail to send with a Graph one.
   */
  notifier?: Notifier;
  /**
   * Runs `work` as the app itself in `tenantId`, for work no signed-in user is behind (bot
   * activities, timers): with Graph, the directory and calendars then use the app's own
   * (application) permissions; with the demo directory it simply runs `work`.
   */
  runAsApp<T>(tenantId: string, work: () => Promise<T>): Promise<T>;
  /** Graph clients acting as the app itself, per tenant; `undefined` without Graph. */
  graphAsApp: GraphClientFor | undefined;
}
