import type { AppServices } from '../../app-services.js';
import type { Clock } from '../../ports/clock.js';
import type { Directory } from '../../ports/directory.js';
import type { CheckInRepository, GoalRepository } from '../../ports/goal-repository.js';
import type { GoalSnapshots } from './goal-snapshots.js';

/** What the goal services need from the composition root. */
export interface GoalDeps {
  goals: GoalRepository;
  checkIns: CheckInRepository;
  directory: Directory;
  snapshots: GoalSnapshots;
  clock: Clock;
}

/** The goal services' slice of the app's services. */
export function goalDepsOf(app: AppServices): GoalDeps {
  return {
    goals: app.stores.goals,
    checkIns: app.stores.checkIns,
    directory: app.directory,
    snapshots: app.snapshots,
    clock: app.clock,
  };
}
