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
