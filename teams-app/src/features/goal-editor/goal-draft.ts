import type {
  CreateGoal,
  GoalLevel,
  GoalView,
  Metric,
  ParentLink,
  SmartCheckRequest,
  Visibility,
} from '@northstar/shared';

/** The form's state: text as typed, so half-written numbers and dates survive re-renders. */
export interface GoalDraft {
  title: string;
  description: string;
  level: GoalLevel;
  /** "Measure with a number" is on. */
  measured: boolean;
  unit: string;
  start: string;
  target: string;
  startDate: string;
  dueDate: string;
  visibility: Visibility;
  /** Weight may be NaN while the writer has cleared its box. */
  parents: ParentLink[];
}

/** A parent's weight before the writer changes it: the demo data and the API use 100. */
export const DEFAULT_WEIGHT = 100;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in the reader's own time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new goal: individual, private, starting today, aligned to `parentId` when given. */
export function blankDraft(today: string, parentId?: string): GoalDraft {
  return {
    title: '',
    description: '',
    level: 'individual',
    measured: false,
    unit: '',
    start: '',
    target: '',
    startDate: today,
    dueDate: '',
    visibility: 'private',
    parents: parentId ? [{ goalId: parentId, weight: DEFAULT_WEIGHT }] : [],
  };
}

/** The form filled in from a saved goal. */
export function draftFromGoal(goal: GoalView): GoalDraft {
  return {
    title: goal.title,
    description: goal.description,
    level: goal.level,
    measured: goal.metric !== null,
    unit: goal.metric?.unit ?? '',
    start: goal.metric ? String(goal.metric.start) : '',
    target: goal.metric ? String(goal.metric.target) : '',
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    visibility: goal.visibility,
    parents: goal.parentIds.map((p) => ({ ...p })),
  };
}

/** Visibility is a choice only for individual and development goals. */
export function isPersonal(level: GoalLevel): boolean {
  return level === 'individual' || level === 'development';
}

/** A number typed into a box, or undefined when the box is empty or not a number. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The metric the draft describes; undefined when it is off or not complete yet. */
export function metricOf(draft: GoalDraft): Metric | undefined {
  if (!draft.measured) return undefined;
  const start = parseNumber(draft.start);
  const target = parseNumber(draft.target);
  const unit = draft.unit.trim();
  if (unit === '' || start === undefined || target === undefined) return undefined;
  return { unit, start, target };
}

/** A weight the API accepts. */
export function isValidWeight(weight: number): boolean {
  return Number.isInteger(weight) && weight >= 1 && weight <= 100;
}

/**
 * Parent links as sent: none for company goals, which top the alignment. A lone parent's weight
 * box is hidden, so a weight cleared while there were two falls back to the default.
 */
export function parentLinksOf(draft: GoalDraft): ParentLink[] {
  if (draft.level === 'company') return [];
  const [only, ...others] = draft.parents;
  if (only && others.length === 0 && !isValidWeight(only.weight)) {
    return [{ goalId: only.goalId, weight: DEFAULT_WEIGHT }];
  }
  return draft.parents.map((p) => ({ ...p }));
}

/** `POST /api/goals` for the draft (checked by `checkDraft` first). */
export function toCreateGoal(draft: GoalDraft): CreateGoal {
  const metric = metricOf(draft);
  const parentIds = parentLinksOf(draft);
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    level: draft.level,
    startDate: draft.startDate,
    dueDate: draft.dueDate,
    ...(metric ? { metric } : {}),
    ...(parentIds.length > 0 ? { parentIds } : {}),
    ...(isPersonal(draft.level) ? { visibility: draft.visibility } : {}),
  };
}

/**
 * What the SMART coach is asked about: only the parts that are complete enough to be valid, so
 * a half-typed date or weight never turns into a 400. Null while there is no title.
 */
export function toSmartRequest(draft: GoalDraft): SmartCheckRequest | null {
  const title = draft.title.trim().slice(0, 200);
  if (title === '') return null;
  const metric = metricOf(draft);
  const parentIds = parentLinksOf(draft).filter((p) => isValidWeight(p.weight));
  const description = draft.description.trim().slice(0, 4000);
  return {
    title,
    level: draft.level,
    ...(description === '' ? {} : { description }),
    ...(metric ? { metric } : {}),
    ...(parentIds.length > 0 ? { parentIds } : {}),
    ...(DATE.test(draft.startDate) ? { startDate: draft.startDate } : {}),
    ...(DATE.test(draft.dueDate) ? { dueDate: draft.dueDate } : {}),
  };
}
