import type { AppServices } from '../../app-services.js';
import { RecordingNotifier } from '../../adapters/demo/recording-notifier.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import type { DocumentStore } from '../../ports/document-store.js';
import type { Notifier } from '../../ports/notifier.js';
import type { GoalSnapshots } from '../goals/goal-snapshots.js';
import type { TenantSettingsService } from '../settings/tenant-settings-service.js';

/** What a reminder run reads and writes. */
export interface ReminderDeps {
  /** Goals with their rolled-up progress, per tenant. */
  snapshots: GoalSnapshots;
  /** Cycles and reviews (review steps due) and the `notifications` collection. */
  documents: DocumentStore;
  directory: Directory;
  settings: TenantSettingsService;
  notifier: Notifier;
  clock: Clock;
}

/**
 * The reminder job's slice of the app's services. The notifier is the app's when the
 * composition root set one; otherwise, with the demo directory, the FAKE recording one, and with
 * a Graph directory one whose every send fails (reminders must not silently go nowhere).
 */
export function reminderDepsOf(app: AppServices): ReminderDeps {
  return {
    snapshots: app.snapshots,
    documents: app.stores.documents,
    directory: app.directory,
    settings: app.settings,
    notifier: notifierOf(app),
    clock: app.clock,
  };
}

const NO_NOTIFIER: Notifier = {
  send: () =>
    Promise.reject(
      new Error('Reminders need TEAMS_APP_ID and APP_DOMAIN to reach the Teams activity feed.'),
    ),
};

function notifierOf(app: AppServices): Notifier {
  if (app.notifier) return app.notifier;
  return app.directoryKind === 'demo'
    ? new RecordingNotifier(app.stores.documents, app.clock)
    : NO_NOTIFIER;
}
