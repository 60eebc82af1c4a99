import type { DepartmentCompletion } from '@northstar/shared';
import { CountCell } from './CountCell';
import { useReviewsStyles } from './Reviews.styles';

const COLUMNS: [keyof Omit<DepartmentCompletion, 'department' | 'total'>, string][] = [
  ['selfSubmitted', 'Self reviews submitted'],
  ['managerSubmitted', 'Manager reviews submitted'],
  ['acknowledged', 'Acknowledged'],
];

function totalOf(rows: DepartmentCompletion[]): DepartmentCompletion {
  const sum = (key: keyof Omit<DepartmentCompletion, 'department'>) =>
    rows.reduce((total, row) => total + row[key], 0);
  return {
    department: 'All departments',
    total: sum('total'),
    selfSubmitted: sum('selfSubmitted'),
    managerSubmitted: sum('managerSubmitted'),
    acknowledged: sum('acknowledged'),
  };
}

/** Per department, how many of its reviews reached each step, with a total row. */
export function CompletionTable({ rows }: { rows: DepartmentCompletion[] }) {
  const styles = useReviewsStyles();
  const all = totalOf(rows);
  return (
    <div
      className={styles.tableScroll}
      role="region"
      aria-label="Completion per department"
      tabIndex={0}
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col">Reviews</th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CompletionRow key={row.department} row={row} />
          ))}
        </tbody>
        {rows.length > 1 && (
          <tfoot>
            <CompletionRow row={all} />
          </tfoot>
        )}
      </table>
    </div>
  );
}

function CompletionRow({ row }: { row: DepartmentCompletion }) {
  return (
    <tr>
      <th scope="row">{row.department}</th>
      <td>{row.total}</td>
      {COLUMNS.map(([key]) => (
        <td key={key}>
          <CountCell
            value={row[key]}
            total={row.total}
            text={`${String(row[key])} of ${String(row.total)}`}
            done
          />
        </td>
      ))}
    </tr>
  );
}
