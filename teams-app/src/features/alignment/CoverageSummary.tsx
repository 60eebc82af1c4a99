import { ProgressBar, Text } from '@fluentui/react-components';
import type { Coverage } from '@northstar/shared';
import { useId } from 'react';
import { useAlignmentStyles } from './Alignment.styles';

/** "12 of 15 individual goals (80%) ladder up to a company goal", with a bar. */
export function CoverageSummary({ coverage, focused }: { coverage: Coverage; focused: boolean }) {
  const styles = useAlignmentStyles();
  const id = useId();
  const percent = Math.round(coverage.ratio * 100);
  return (
    <div className={styles.coverage}>
      <Text id={id}>{coverageSentence(coverage, focused)}</Text>
      {coverage.total > 0 && (
        <ProgressBar
          value={coverage.ratio}
          thickness="large"
          color={coverage.ratio >= 0.8 ? 'success' : 'brand'}
          aria-labelledby={id}
          aria-valuetext={`${String(percent)}%`}
        />
      )}
    </div>
  );
}

/** The coverage in words. */
export function coverageSentence({ aligned, total, ratio }: Coverage, focused: boolean): string {
  const scope = focused ? 'In this chain, ' : '';
  if (total === 0) return `${scope}there are no individual goals yet to ladder up.`;
  const goals = total === 1 ? 'individual goal' : 'individual goals';
  const verb = aligned === 1 ? 'ladders' : 'ladder';
  const percent = Math.round(ratio * 100);
  return `${scope}${String(aligned)} of ${String(total)} ${goals} (${String(percent)}%) ${verb} up to a company goal`;
}
