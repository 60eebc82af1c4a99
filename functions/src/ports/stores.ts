import type { CheckInRepository, GoalRepository } from './goal-repository.js';
import type { DocumentStore } from './document-store.js';
import type { SettingsRepository } from './settings-repository.js';

/** Every repository one store adapter provides, plus its lifecycle. */
export interface Stores {
  readonly kind: 'sqlite' | 'cosmos';
  goals: GoalRepository;
  checkIns: CheckInRepository;
  settings: SettingsRepository;
  /** Cycles, reviews, meetings, audit and feedback: generic documents per DESIGN section 5. */
  documents: DocumentStore;
  close(): Promise<void>;
}
