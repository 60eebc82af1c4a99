import type {
  SmartCheckRequest,
  SmartCheckResponse,
  SmartFinding,
  Verdict,
} from '../contracts/smart.js';
import type { Period } from '../contracts/tenant.js';
import {
  checkAchievable,
  checkMeasurable,
  checkRelevant,
  checkSpecific,
  checkTimeBound,
} from './smart-criteria.js';

const SEVERITY: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * The SMART coach: one finding per criterion, in the order specific, measurable, achievable,
 * relevant, time-bound, each with a hint in plain words the writer can act on; `overall` is the
 * worst verdict. `today` is the caller's calendar date (`YYYY-MM-DD`); `period` is the goal's
 * period when known, used to warn about a due date past its end.
 */
export function checkSmart(
  draft: SmartCheckRequest,
  context: { today: string; period?: Period },
): SmartCheckResponse {
  const findings: SmartFinding[] = [
    { criterion: 'specific', ...checkSpecific(draft) },
    { criterion: 'measurable', ...checkMeasurable(draft) },
    { criterion: 'achievable', ...checkAchievable(draft, context) },
    { criterion: 'relevant', ...checkRelevant(draft) },
    { criterion: 'timeBound', ...checkTimeBound(draft, context) },
  ];
  return { findings, overall: worstVerdict(findings.map((f) => f.verdict)) };
}

/** The most severe of `verdicts` (`fail` over `warn` over `pass`); `pass` for none. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  let worst: Verdict = 'pass';
  for (const v of verdicts) if (SEVERITY[v] > SEVERITY[worst]) worst = v;
  return worst;
}
