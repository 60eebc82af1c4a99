/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? fixed(cell) : cell)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[], numeric: readonly boolean[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const numeric = headers.map((_, i) => rows.some((row) => typeof row[i] === 'number'));
  return [
    line(headers, numeric),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((row) => line(row, numeric)),
  ].join('\n');
}

/** Whole numbers as they are (with thousands separators), others to one decimal. */
function fixed(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value)
    ? value.toLocaleString('en')
    : value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "OK" or "MISSED", for a budget column. */
export function verdict(ok: boolean): string {
  return ok ? 'OK' : 'MISSED';
}

/** Bytes as MB with one decimal. */
export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
/** Bytes as KB with one decimal. */
export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
