import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { CheckIn } from '@northstar/shared';
import { useGoalDetailStyles } from './GoalDetail.styles';

/**
 * The check-ins as a table, newest first: the charts' text alternative, and the only place the
 * notes show. Collapsed at first so the page stays short on a narrow tab; Fluent's fixed table
 * layout wraps the cells rather than scrolling sideways at 320 px.
 */
export function CheckInTable({
  name,
  unit,
  checkIns,
}: {
  /** The accordion's heading, which the charts refer to. */
  name: string;
  unit: string;
  checkIns: readonly CheckIn[];
}) {
  const styles = useGoalDetailStyles();
  const newestFirst = [...checkIns].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Accordion collapsible>
      <AccordionItem value="table">
        <AccordionHeader as="h3">{name}</AccordionHeader>
        <AccordionPanel>
          <Table aria-label={name} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Date</TableHeaderCell>
                <TableHeaderCell>Value ({unit})</TableHeaderCell>
                <TableHeaderCell>Confidence</TableHeaderCell>
                <TableHeaderCell>Note</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {newestFirst.map((checkIn) => (
                <TableRow key={checkIn.id}>
                  <TableCell>{formatInstant(checkIn.createdAt)}</TableCell>
                  <TableCell>{checkIn.value}</TableCell>
                  <TableCell>{checkIn.confidence}/10</TableCell>
                  <TableCell className={styles.note}>{checkIn.note || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function formatInstant(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
