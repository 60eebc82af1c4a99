import type { CheckInRepository, GoalRepository } from './goal-repository.js';
import type { SettingsRepository } from './settings-repository.js';

/** Every repository one store adapter provides, plus its lifecycle. */
export interface Stores {
  readonly kind: 'sqlite' | 'cosmos';
  goals: GoalRepository;
  checkIns: CheckInRepository;
  settings: SettingsRepository;
  close(): Promise<void>;
}
