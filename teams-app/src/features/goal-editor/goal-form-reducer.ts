import type { GoalView } from '@northstar/shared';
import { mergeDraft } from './draft-patch';
import { firstErrorField, type FieldErrors, type FieldKey } from './form-errors';
import type { GoalDraft } from './goal-draft';

/** Everything the editor form shows. */
export interface GoalFormState {
  draft: GoalDraft;
  /** The goal as last loaded from the server; absent for a new goal. */
  base: GoalView | undefined;
  errors: FieldErrors;
  /** A problem no single field can show. */
  general: string | undefined;
  /** What someone else changed, after a 412. */
  conflict: string[] | undefined;
  submitting: boolean;
  /** Counts failed saves, so the form moves focus to the first problem each time. */
  attempt: number;
  /** Where focus goes after a failed save: the first field with a problem, or the messages. */
  focus: FieldKey | 'messages';
}

export type GoalFormAction =
  | { type: 'edit'; change: Partial<GoalDraft> }
  | { type: 'submit' }
  | { type: 'invalid'; errors: FieldErrors; general?: string | undefined }
  | { type: 'conflict'; fresh: GoalView; report: string[] }
  | { type: 'settled' };

/** The messages a change to each part of the draft makes out of date. */
const CLEARS: Record<keyof GoalDraft, readonly FieldKey[]> = {
  title: ['title'],
  description: ['description'],
  level: ['level', 'visibility', 'parents'],
  measured: ['metric.unit', 'metric.start', 'metric.target'],
  unit: ['metric.unit'],
  start: ['metric.start'],
  target: ['metric.target'],
  startDate: ['startDate', 'dueDate'],
  dueDate: ['dueDate'],
  visibility: ['visibility'],
  parents: ['parents'],
};

function withoutCleared(errors: FieldErrors, change: Partial<GoalDraft>): FieldErrors {
  const cleared = new Set<string>(
    (Object.keys(change) as (keyof GoalDraft)[]).flatMap((key) => CLEARS[key]),
  );
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !cleared.has(field)));
}

/** The form's state for a new goal (no `base`) or an edit of `base`. */
export function initialFormState(draft: GoalDraft, base?: GoalView): GoalFormState {
  return {
    draft,
    base,
    errors: {},
    general: undefined,
    conflict: undefined,
    submitting: false,
    attempt: 0,
    focus: 'messages',
  };
}

/** Editing clears the messages it makes out of date; a 412 keeps the writer's own edits. */
export function goalFormReducer(state: GoalFormState, action: GoalFormAction): GoalFormState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        draft: { ...state.draft, ...action.change },
        errors: withoutCleared(state.errors, action.change),
      };
    case 'submit':
      return { ...state, submitting: true, general: undefined };
    case 'invalid':
      return {
        ...state,
        submitting: false,
        errors: action.errors,
        general: action.general,
        attempt: state.attempt + 1,
        focus: firstErrorField(action.errors) ?? 'messages',
      };
    case 'conflict':
      return {
        ...state,
        submitting: false,
        draft: state.base ? mergeDraft(state.base, action.fresh, state.draft) : state.draft,
        base: action.fresh,
        errors: {},
        conflict: action.report,
        attempt: state.attempt + 1,
        focus: 'messages',
      };
    case 'settled':
      return { ...state, submitting: false };
  }
}
