import {
  DateSchema,
  phaseOrderIssues,
  type ReviewCycle,
  type UpdateCycle,
} from '@northstar/shared';
import { formatDate } from '../../components/format';
import { PHASE_FIELDS, phasesOf, type CycleDraft, type PhaseKey } from './cycle-draft';

/** The edit form of a cycle: its name and dates as typed. */
export type CycleEdit = Pick<CycleDraft, 'name' | PhaseKey>;

/** A cycle's name and dates as the edit form starts them. */
export function editOfCycle(cycle: ReviewCycle): CycleEdit {
  const { selfReview, managerReview, release, acknowledgeBy } = cycle.phases;
  return {
    name: cycle.name,
    selfStart: selfReview.start,
    selfEnd: selfReview.end,
    managerStart: managerReview.start,
    managerEnd: managerReview.end,
    release,
    acknowledgeBy,
  };
}

/**
 * What is wrong with the form before it is sent, keyed by the server's field paths (`name`,
 * `phases.release`): a name of 3-120 characters, every date given, and the dates in phase
 * order as the shared `phaseOrderIssues` checks it, in words that name the earlier field.
 */
export function cycleEditIssues(edit: CycleEdit): Record<string, string> {
  const issues: Record<string, string> = {};
  const name = edit.name.trim().length;
  if (name < 3 || name > 120) issues.name = 'Use 3 to 120 characters.';
  for (const { key, path } of PHASE_FIELDS) {
    if (!DateSchema.safeParse(edit[key]).success) issues[path] = 'Enter a date.';
  }
  for (const issue of phaseOrderIssues(phasesOf(edit))) {
    const path = ['phases', ...issue.path].join('.');
    const index = PHASE_FIELDS.findIndex((field) => field.path === path);
    const before = PHASE_FIELDS[index - 1];
    if (before === undefined) continue;
    const date = formatDate(edit[before.key]);
    issues[path] ??= `Must be on or after “${before.label}” (${date}).`;
  }
  return issues;
}

/** Only what changed, or null when nothing did. */
export function cyclePatchOf(cycle: ReviewCycle, edit: CycleEdit): UpdateCycle | null {
  const start = editOfCycle(cycle);
  const patch: UpdateCycle = {};
  if (edit.name.trim() !== start.name) patch.name = edit.name.trim();
  if (PHASE_FIELDS.some(({ key }) => edit[key] !== start[key])) patch.phases = phasesOf(edit);
  return Object.keys(patch).length === 0 ? null : patch;
}
