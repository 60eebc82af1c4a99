import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { Text, useId } from '@fluentui/react-components';
import type { CheckInSeries } from './check-in-series';
import { useGoalDetailStyles } from './GoalDetail.styles';

const HEIGHT = 220;

/**
 * The check-in history as two small line charts: the value (against the target) and the
 * confidence. Loaded on demand, as the chart library is large. Each chart is named, and its
 * description points to the table that holds the same numbers.
 */
export function CheckInCharts({ series, tableName }: { series: CheckInSeries; tableName: string }) {
  const styles = useGoalDetailStyles();
  const valueLines: LineChartPoints[] = [{ legend: `Value (${series.unit})`, data: series.values }];
  if (series.target.length > 0) {
    valueLines.push({
      legend: 'Target',
      data: series.target,
      lineOptions: { strokeDasharray: '5 5' },
    });
  }
  const confidenceLines = [{ legend: 'Confidence (0-10)', data: series.confidence }];
  return (
    <div className={styles.charts}>
      <Chart title={`Value over time (${series.unit})`} lines={valueLines} tableName={tableName} />
      <Chart
        title="Confidence over time"
        lines={confidenceLines}
        tableName={tableName}
        range={[0, 10]}
      />
    </div>
  );
}

function Chart({
  title,
  lines,
  tableName,
  range,
}: {
  title: string;
  lines: LineChartPoints[];
  tableName: string;
  range?: [number, number];
}) {
  const styles = useGoalDetailStyles();
  const captionId = useId('chart-caption-');
  const descriptionId = useId('chart-description-');
  return (
    <figure className={styles.figure} aria-labelledby={captionId} aria-describedby={descriptionId}>
      <Text as="p" id={captionId} weight="semibold">
        {title}
      </Text>
      <Text as="p" id={descriptionId} size={200} className={styles.muted}>
        The same numbers are in “{tableName}” below.
      </Text>
      <LineChart
        data={{ chartTitle: title, lineChartData: lines }}
        height={HEIGHT}
        {...(range ? { yMinValue: range[0], yMaxValue: range[1] } : {})}
      />
    </figure>
  );
}
