import type { GoalLevel, GoalStatus, GoalView } from '@northstar/shared';
import { STATUS_LABELS } from '@northstar/shared';

/** A status to show, or all. */
export type StatusFilter = 'all' | GoalStatus;

/** A level to show, or all. */
export type LevelFilter = 'all' | GoalLevel;

/** The filters of My goals. */
export interface GoalFilter {
  status: StatusFilter;
  level: LevelFilter;
}

/** Everything shown. */
export const NO_FILTER: GoalFilter = { status: 'all', level: 'all' };

/** One choice in a filter, with its words. */
export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

/** Status choices, in the order people read them. */
export const STATUS_OPTIONS: readonly FilterOption<StatusFilter>[] = [
  { value: 'all', label: 'All statuses' },
  ...(['on_track', 'at_risk', 'off_track', 'stale', 'done'] as const).map((value) => ({
    value,
    label: STATUS_LABELS[value],
  })),
];

/** Level choices, from one's own goals up. */
export const LEVEL_OPTIONS: readonly FilterOption<LevelFilter>[] = [
  { value: 'all', label: 'All levels' },
  { value: 'individual', label: 'Individual' },
  { value: 'development', label: 'Development' },
  { value: 'team', label: 'Team' },
  { value: 'company', label: 'Company' },
];

/** True when some filter hides goals. */
export function isFiltered(filter: GoalFilter): boolean {
  return filter.status !== 'all' || filter.level !== 'all';
}

/** The goals that pass the filter, in their order. */
export function applyFilter(goals: readonly GoalView[], filter: GoalFilter): GoalView[] {
  return goals.filter(
    (goal) =>
      (filter.status === 'all' || goal.status === filter.status) &&
      (filter.level === 'all' || goal.level === filter.level),
  );
}
