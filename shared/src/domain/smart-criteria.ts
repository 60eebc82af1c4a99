import type { Metric } from '../contracts/goal.js';
import type { SmartCheckRequest, SmartFinding } from '../contracts/smart.js';
import type { Period } from '../contracts/tenant.js';
import { daysBetween } from './calendar.js';

/** Words that say "effort" rather than "outcome", with their common inflections. */
const VAGUE_WORDS = new RegExp(
  '\\b(?:' +
    [
      'improv(?:e|es|ed|ing)',
      'help(?:s|ed|ing)?',
      'support(?:s|ed|ing)?',
      'work(?:s|ed|ing)?\\s+on',
      'tr(?:y|ies|ied|ying)',
      'better',
      'enhanc(?:e|es|ed|ing)',
      'optimi[sz](?:e|es|ed|ing)',
      'look(?:s|ed|ing)?\\s+into',
      'be\\s+more',
      'focus(?:es|ed|ing)?\\s+on',
      'striv(?:e|es|ing)',
      'explor(?:e|es|ed|ing)',
      'aim(?:s|ed|ing)?\\s+to',
    ].join('|') +
    ')\\b',
  'i',
);

const EXAMPLE = 'for example "Cut the average reply time to customers from 8 hours to 2"';

/** Draft rules take the draft and what the check knows about today and the period. */
export interface SmartContext {
  today: string;
  period?: Period;
}

type Finding = Omit<SmartFinding, 'criterion'>;

/** Specific: long enough to say what, and an outcome rather than an effort. */
export function checkSpecific(draft: SmartCheckRequest): Finding {
  const title = draft.title.trim();
  const words = title.split(/\s+/).filter((w) => w.length > 0).length;
  if (title.length < 12 || words < 3) {
    return {
      verdict: 'fail',
      hint: `The title is too short to say what will be different: describe the outcome in at least three words, ${EXAMPLE}.`,
    };
  }
  const vague = VAGUE_WORDS.exec(title);
  if (vague) {
    const word = vague[0].replace(/\s+/g, ' ');
    return {
      verdict: 'warn',
      hint: `"${word}" describes effort, not a result: say what concrete outcome will be true when you are done, ${EXAMPLE}.`,
    };
  }
  return { verdict: 'pass', hint: 'The title names a concrete outcome.' };
}

/** Measurable: a metric whose target differs from its start. */
export function checkMeasurable(draft: SmartCheckRequest): Finding {
  const { metric } = draft;
  if (metric === undefined) {
    if (/\d/.test(draft.title)) {
      return {
        verdict: 'warn',
        hint: 'The title has a number but no metric to track it: add a metric with a unit, a start value and a target so progress can be checked in.',
      };
    }
    return {
      verdict: 'fail',
      hint: 'There is no way to measure this goal: add a metric with a unit, a start value and a target, for example tickets from 120 down to 40.',
    };
  }
  if (metric.target === metric.start) {
    return {
      verdict: 'fail',
      hint: `The target equals the start value (${metric.start} ${metric.unit}), so there is nothing to measure: set a target different from the start.`,
    };
  }
  return {
    verdict: 'pass',
    hint: `Progress is measured in ${metric.unit}, from ${metric.start} to ${metric.target}.`,
  };
}

/** Achievable: nothing that looks like a typo or an unrealistic jump or deadline. */
export function checkAchievable(draft: SmartCheckRequest, context: SmartContext): Finding {
  const concerns = [...metricConcerns(draft.metric), ...spanConcerns(draft, context)];
  if (concerns.length > 0) return { verdict: 'warn', hint: concerns.join(' ') };
  return {
    verdict: 'pass',
    hint: 'Nothing suggests the target is out of reach; you know best whether it is realistic.',
  };
}

function metricConcerns(metric: Metric | undefined): string[] {
  if (metric === undefined) return [];
  const { start, target, unit } = metric;
  const concerns: string[] = [];
  if (target < start) {
    concerns.push(
      `This goal asks for a decrease from ${start} to ${target} ${unit}: check that is intended.`,
    );
  }
  if (start !== 0 && Math.abs(target - start) > 10 * Math.abs(start)) {
    concerns.push(
      `Going from ${start} to ${target} ${unit} is a change of more than ten times the start: check that it is realistic, or split it into smaller goals.`,
    );
  }
  return concerns;
}

function spanConcerns(draft: SmartCheckRequest, context: SmartContext): string[] {
  if (draft.dueDate === undefined) return [];
  const start = draft.startDate ?? context.today;
  // Both days count, so a goal from Monday to Sunday spans 7 days.
  const days = daysBetween(start, draft.dueDate) + 1;
  if (days < 1 || days >= 7) return [];
  const span = days === 1 ? '1 day' : `${days} days`;
  return [
    `The goal spans only ${span} (${start} to ${draft.dueDate}): check that this is enough time, or make it a step of a longer goal.`,
  ];
}

/** Relevant: aligned to a goal above it, unless it is a company goal. */
export function checkRelevant(draft: SmartCheckRequest): Finding {
  if (draft.level === 'company') {
    return {
      verdict: 'pass',
      hint: 'Company goals are the top of the alignment, so they need no parent goal.',
    };
  }
  const parents = draft.parentIds?.length ?? 0;
  if (parents === 0) {
    return {
      verdict: 'fail',
      hint: 'This goal is not aligned to anything: align it to a team or company goal so people see why it matters.',
    };
  }
  const goals = parents === 1 ? 'another goal' : `${parents} other goals`;
  return { verdict: 'pass', hint: `It is aligned to ${goals}, so people can see why it matters.` };
}

/** Time-bound: a due date from today on, after the start and inside the period. */
export function checkTimeBound(draft: SmartCheckRequest, context: SmartContext): Finding {
  const { dueDate, startDate } = draft;
  if (dueDate === undefined) {
    return {
      verdict: 'fail',
      hint: 'There is no due date: set the date by which it should be done.',
    };
  }
  if (dueDate < context.today) {
    return {
      verdict: 'fail',
      hint: `The due date ${dueDate} is in the past: pick a date from today (${context.today}) on.`,
    };
  }
  if (startDate !== undefined && dueDate < startDate) {
    return {
      verdict: 'fail',
      hint: `The due date ${dueDate} is before the start date ${startDate}: move it after the start.`,
    };
  }
  const { period } = context;
  if (period !== undefined && dueDate > period.endDate) {
    return {
      verdict: 'warn',
      hint: `The due date ${dueDate} is past the end of the period ${period.name} (${period.endDate}): move it inside the period or choose a later period.`,
    };
  }
  return { verdict: 'pass', hint: `It is due on ${dueDate}.` };
}
