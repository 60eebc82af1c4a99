import type { CreateCycle, ReviewTemplate } from '@northstar/shared';

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
    phases: {
      selfReview: { start: draft.selfStart, end: draft.selfEnd },
      managerReview: { start: draft.managerStart, end: draft.managerEnd },
      release: draft.release,
      acknowledgeBy: draft.acknowledgeBy,
    },
    template: defaultTemplate(),
  };
}
