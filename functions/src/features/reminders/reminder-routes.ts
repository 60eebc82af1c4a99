import { ReminderRunSummarySchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { reminderDepsOf } from './reminder-deps.js';
import { runReminders } from './reminder-job.js';

/** "Run reminders now" for the caller's tenant: registered only in dev auth mode. */
export function reminderDevRoutes(app: AppServices): Route[] {
  if (!app.devSignIn) return [];
  const deps = reminderDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'runRemindersNow',
      method: 'POST',
      path: '/dev/reminders/run',
      authenticate: true,
      summary:
        'Dev mode only: runs the hourly reminder job now for the caller’s organisation and says what it did',
      response: ReminderRunSummarySchema,
      handler: async ({ identity }) => {
        const { tenantId } = await caller(identity);
        return { body: await app.runAsApp(tenantId, () => runReminders(deps, tenantId)) };
      },
    }),
  ];
}
