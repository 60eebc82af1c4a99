import type { GoalStatus } from '../contracts/goal.js';
import { clamp01 } from '../domain/progress.js';
import { STATUS_LABELS } from '../domain/status.js';
import type { CardColumn, CardContainerStyle, CardElement } from './card-types.js';

/** The host's semantic colour for each status, so light, dark and high-contrast themes apply. */
const STATUS_STYLES: Record<GoalStatus, CardContainerStyle> = {
  done: 'good',
  on_track: 'good',
  at_risk: 'warning',
  off_track: 'attention',
  stale: 'warning',
};

/**
 * Whole percent of a 0-1 progress, clamped; not a number reads as 0. Only full progress shows
 * 100 (99.6% is 99%), so the bar never looks finished before the goal is.
 */
export function percentOf(progress: number): number {
  const share = Number.isNaN(progress) ? 0 : clamp01(progress);
  return share >= 1 ? 100 : Math.min(99, Math.round(share * 100));
}

/** `62% · On track`: the bar's text equivalent, and all a high-contrast theme may show. */
export function progressText(progress: number, status: GoalStatus): string {
  return `${percentOf(progress)}% · ${STATUS_LABELS[status]}`;
}

function segment(weight: number, style: CardContainerStyle): CardColumn {
  return { type: 'Column', width: weight, style, minHeight: '8px', spacing: 'none', items: [] };
}

/**
 * A progress bar: Adaptive Cards 1.3 and 1.5 have none, so it is a row of two weighted columns
 * (done in the status colour, the rest in the neutral emphasis colour), followed by its words.
 */
export function progressBar(progress: number, status: GoalStatus): CardElement[] {
  const percent = percentOf(progress);
  const columns = [
    ...(percent > 0 ? [segment(percent, STATUS_STYLES[status])] : []),
    ...(percent < 100 ? [segment(100 - percent, 'emphasis')] : []),
  ];
  return [
    { type: 'ColumnSet', columns, spacing: 'medium' },
    { type: 'TextBlock', text: progressText(progress, status), wrap: true, spacing: 'small' },
  ];
}
