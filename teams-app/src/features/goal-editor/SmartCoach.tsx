import { Text, mergeClasses, useId } from '@fluentui/react-components';
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  Warning20Filled,
} from '@fluentui/react-icons';
import type {
  SmartCheckRequest,
  SmartCheckResponse,
  SmartCriterion,
  SmartFinding,
  Verdict,
} from '@northstar/shared';
import type { ReactElement } from 'react';
import { useSmartCoachStyles } from './SmartCoach.styles';
import { useSmartCoach } from './use-smart-coach';

const CRITERIA: Record<SmartCriterion, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

const VERDICTS: Record<Verdict, { word: string; icon: ReactElement }> = {
  pass: { word: 'Good', icon: <CheckmarkCircle20Filled /> },
  warn: { word: 'Could be better', icon: <Warning20Filled /> },
  fail: { word: 'Needs work', icon: <DismissCircle20Filled /> },
};

const OVERALL: Record<Verdict, string> = {
  pass: 'SMART coach: every criterion looks good.',
  warn: 'SMART coach: some criteria could be better.',
  fail: 'SMART coach: some criteria need work.',
};

/**
 * Live SMART feedback on the draft: each criterion's verdict in an icon and in words, with its
 * hint. Screen readers hear only changes of the overall verdict, not every keystroke's result.
 */
export function SmartCoach({ draft }: { draft: SmartCheckRequest | null }) {
  const styles = useSmartCoachStyles();
  const headingId = useId('smart-coach');
  const coach = useSmartCoach(draft);
  const result = coach.idle ? undefined : coach.result;
  return (
    <section aria-labelledby={headingId} className={styles.panel}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        SMART coach
      </Text>
      <div aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {result ? OVERALL[result.overall] : ''}
      </div>
      {coach.idle && (
        <Text className={styles.quiet}>
          Write a title and the coach checks that your goal is Specific, Measurable, Achievable,
          Relevant and Time-bound.
        </Text>
      )}
      {coach.failed && (
        <Text className={styles.quiet}>
          The coach is unavailable right now. You can still save your goal.
        </Text>
      )}
      {!result && coach.loading && <Text className={styles.quiet}>Checking your goal…</Text>}
      {result && <Findings result={result} loading={coach.loading} failed={coach.failed} />}
    </section>
  );
}

interface FindingsProps {
  result: SmartCheckResponse;
  loading: boolean;
  failed: boolean;
}

function Findings({ result, loading, failed }: FindingsProps) {
  const styles = useSmartCoachStyles();
  const good = result.findings.filter((f) => f.verdict === 'pass').length;
  return (
    <>
      <Text>
        {good} of {result.findings.length} look good
        {loading ? ' (updating…)' : ''}
      </Text>
      <ul
        aria-label="SMART criteria"
        aria-busy={loading}
        className={mergeClasses(styles.list, (loading || failed) && styles.dimmed)}
      >
        {result.findings.map((finding) => (
          <FindingItem key={finding.criterion} finding={finding} />
        ))}
      </ul>
    </>
  );
}

function FindingItem({ finding }: { finding: SmartFinding }) {
  const styles = useSmartCoachStyles();
  const verdict = VERDICTS[finding.verdict];
  return (
    <li className={styles.item}>
      <span className={styles[finding.verdict]} aria-hidden="true">
        {verdict.icon}
      </span>
      <div>
        <Text weight="semibold">{CRITERIA[finding.criterion]}: </Text>
        <Text>{verdict.word}</Text>
        <Text block size={200} className={styles.hint}>
          {finding.hint}
        </Text>
      </div>
    </li>
  );
}
