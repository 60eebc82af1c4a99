import type { CreateCycle, CyclePhases, ReviewTemplate } from '@northstar/shared';

const LEVELS: [string, string, string, string, string] = [
  'Well below expectations',
  'Below expectations',
  'Meets expectations',
  'Above expectations',
  'Far above expectations',
];

/** The default questions of a new cycle: two ratings, one text, one on goals. */
export function defaultTemplate(): ReviewTemplate {
  return {
    questions: [
      { id: 'impact', kind: 'rating', text: 'Impact on the team and its goals', levels: LEVELS },
      { id: 'collaboration', kind: 'rating', text: 'Collaboration', levels: LEVELS },
      { id: 'highlights', kind: 'text', text: 'Highlights and what to grow next', maxLength: 4000 },
      { id: 'goals', kind: 'goals', text: 'Comments on the goals of the period' },
    ],
  };
}

/** The create-cycle form as typed: departments comma separated, empty for everyone. */
export interface CycleDraft {
  name: string;
  periodId: string;
  departments: string;
  selfStart: string;
  selfEnd: string;
  managerStart: string;
  managerEnd: string;
  release: string;
  acknowledgeBy: string;
}

/** The date fields of a cycle form, in phase order, with the server path of each. */
export const PHASE_FIELDS: readonly { key: PhaseKey; label: string; path: string }[] = [
  { key: 'selfStart', label: 'Self review starts', path: 'phases.selfReview.start' },
  { key: 'selfEnd', label: 'Self review ends', path: 'phases.selfReview.end' },
  { key: 'managerStart', label: 'Manager review starts', path: 'phases.managerReview.start' },
  { key: 'managerEnd', label: 'Manager review ends', path: 'phases.managerReview.end' },
  { key: 'release', label: 'Release on', path: 'phases.release' },
  { key: 'acknowledgeBy', label: 'Acknowledge by', path: 'phases.acknowledgeBy' },
];

/** The keys of the date fields. */
export type PhaseKey =
  'selfStart' | 'selfEnd' | 'managerStart' | 'managerEnd' | 'release' | 'acknowledgeBy';

/** The phases of a form's dates, as the API takes them. */
export function phasesOf(draft: Pick<CycleDraft, PhaseKey>): CyclePhases {
  return {
    selfReview: { start: draft.selfStart, end: draft.selfEnd },
    managerReview: { start: draft.managerStart, end: draft.managerEnd },
    release: draft.release,
    acknowledgeBy: draft.acknowledgeBy,
  };
}

/** An empty form. */
export function emptyCycleDraft(): CycleDraft {
  return {
    name: '',
    periodId: '',
    departments: '',
    selfStart: '',
    selfEnd: '',
    managerStart: '',
    managerEnd: '',
    release: '',
    acknowledgeBy: '',
  };
}

/** The request body for a draft; the server checks it (field errors come back by path). */
export function toCreateCycle(draft: CycleDraft): CreateCycle {
  const departments = draft.departments
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  return {
    name: draft.name.trim(),
    periodId: draft.periodId.trim(),
    scope: departments.length === 0 ? { kind: 'tenant' } : { kind: 'departments', departments },
    phases: phasesOf(draft),
    template: defaultTemplate(),
  };
}
