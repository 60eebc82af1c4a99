import type { CosmosBenchResult } from './cosmos-bench.js';
import type { ReadCall, ReadCost } from './cosmos-read-costs.js';

const COLUMNS = [
  ['read', 18],
  ['items', 6],
  ['KB', 7],
  ['first: req', 11],
  ['(read/query/plan/meta)', 23],
  ['RU', 6],
  ['ms', 7],
  ['warm: req', 10],
  ['(read/query/plan/meta)', 23],
  ['RU', 6],
  ['ms', 7],
  ['', 0],
] as const;

function row(cells: readonly string[]): string {
  return cells.map((cell, i) => cell.padStart(COLUMNS[i]?.[1] ?? 0)).join(' ');
}

function callCells(call: ReadCall): string[] {
  const kinds = [call.pointReads, call.queries, call.queryPlans, call.metadata].map(String);
  return [
    String(call.requests) + (call.writes > 0 ? ` +${String(call.writes)}w` : ''),
    kinds.join('/'),
    call.requestCharge === null ? '-' : call.requestCharge.toFixed(1),
    call.ms.toFixed(1),
  ];
}

function readRow(read: ReadCost): string {
  return row([
    read.name,
    read.items === null ? '-' : String(read.items),
    (read.bytes / 1024).toFixed(1),
    ...callCells(read.first),
    ...callCells(read.warm),
    ` ${read.error === undefined ? read.about : `FAILED ${read.error.slice(0, 120)}`}`,
  ]);
}

/** Prints what generating and loading the tenant cost, on stderr. */
export function printCosmosLoad(head: Omit<CosmosBenchResult, 'reads'>): void {
  const { load } = head;
  console.warn(
    `cosmos (${head.target})  ${String(head.people)} people  ${String(load.goals)} goals  ` +
      `${String(load.checkIns)} check-ins  generate ${head.generateMs.toFixed(0)} ms  ` +
      `load ${load.loadMs.toFixed(0)} ms  (${load.documentsPerSecond.toFixed(0)} docs/s)`,
  );
}

/** Prints what each read cost Cosmos as a table on stderr. */
export function printCosmosReads(reads: readonly ReadCost[], chargeNote: string): void {
  console.warn(row(COLUMNS.map(([title]) => title)));
  for (const read of reads) console.warn(readRow(read));
  console.warn(`RU: ${chargeNote}`);
}
