import type { ReminderRunSummary } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { demoTenants } from '../../adapters/demo/demo-tenants.js';
import type { Timer, TimerLog } from '../../http/define-timer.js';
import { reminderDepsOf } from './reminder-deps.js';
import { runReminders } from './reminder-job.js';

const HOUR_MS = 3_600_000;

/**
 * The tenants reminders run for: the demo organisations with the demo directory, else the
 * tenants `ENTRA_ALLOWED_TENANTS` names (a `*` names none: the app cannot list every tenant),
 * each only once it has goals.
 */
export async function reminderTenants(app: AppServices): Promise<string[]> {
  const { auth } = app.config;
  const named =
    app.directoryKind === 'demo'
      ? demoTenants().map((tenant) => tenant.id)
      : auth.mode === 'entra'
        ? auth.allowedTenants.filter((tenant) => tenant !== '*')
        : [];
  const counts = await Promise.all(named.map((tenantId) => app.stores.goals.count(tenantId)));
  return named.filter((_, i) => (counts[i] ?? 0) > 0);
}

/** The summary in one log line. */
export function summaryLine(tenantId: string, s: ReminderRunSummary): string {
  return (
    `reminders for ${tenantId}: ${String(s.sent)} sent, ${String(s.digests)} digests, ` +
    `${String(s.deferred)} deferred, ${String(s.skipped)} skipped, ${String(s.failures)} failed; ` +
    `${String(s.outsideWorkingHours)} of ${String(s.considered)} people outside working hours`
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One run over every tenant, each as the app itself; one tenant's failure stops no other. */
export async function runAllReminders(app: AppServices, log: TimerLog): Promise<void> {
  let tenants: string[];
  try {
    tenants = await reminderTenants(app);
  } catch (error) {
    log(`reminders: could not list the tenants: ${messageOf(error)}`);
    return;
  }
  const deps = reminderDepsOf(app);
  for (const tenantId of tenants) {
    try {
      const summary = await app.runAsApp(tenantId, () => runReminders(deps, tenantId));
      log(summaryLine(tenantId, summary));
    } catch (error) {
      log(`reminders for ${tenantId} failed: ${messageOf(error)}`);
    }
  }
}

/** The reminder timer: every hour on the hour (UTC), every tenant. */
export function reminderTimers(app: AppServices): Timer[] {
  return [
    {
      name: 'sendReminders',
      schedule: '0 0 * * * *',
      everyMs: HOUR_MS,
      summary: 'Sends the reminders due now in every tenant (activity feed notifications)',
      run: (log) => runAllReminders(app, log),
    },
  ];
}
