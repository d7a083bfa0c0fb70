/**
 * What a diff between two snapshots means row by row: the server names the rows added, removed
 * and changed; with both snapshots' rows at hand the screen shows each row and, for a changed
 * one, which columns changed and how.
 */
import type { TableRow } from '../api/client';

/** Columns that change with every re-materialised row and say nothing about its content. */
const BOOKKEEPING = new Set(['version']);

export interface ColumnChange {
  column: string;
  before: unknown;
  after: unknown;
}

export interface ChangedRow {
  before: TableRow;
  after: TableRow;
  changes: ColumnChange[];
}

export interface DiffView {
  added: TableRow[];
  removed: TableRow[];
  changed: ChangedRow[];
  unchanged: number;
}

export interface SnapshotDiffIds {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

/** The columns whose values differ between two versions of a row, in the row's column order. */
export function changedColumns(before: TableRow, after: TableRow): ColumnChange[] {
  const columns = [...Object.keys(before), ...Object.keys(after).filter((c) => !(c in before))];
  return columns
    .filter((c) => !BOOKKEEPING.has(c))
    .filter((c) => normalise(before[c]) !== normalise(after[c]))
    .map((column) => ({ column, before: before[column], after: after[column] }));
}

/** Numbers from JSON and from a decimal column compare by value, absent as null. */
function normalise(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  return String(value);
}

/**
 * The diff with its rows. A row id the server names but the loaded rows lack is left out rather
 * than shown empty (it cannot happen unless a snapshot changed under the screen, which the server
 * does not allow).
 */
export function diffView(ids: SnapshotDiffIds, fromRows: TableRow[], toRows: TableRow[]): DiffView {
  const from = new Map(fromRows.map((r) => [r.row_id, r]));
  const to = new Map(toRows.map((r) => [r.row_id, r]));
  const pick = (rows: Map<string, TableRow>, wanted: string[]) =>
    wanted.map((id) => rows.get(id)).filter((r): r is TableRow => r !== undefined);
  const changed: ChangedRow[] = [];
  for (const id of ids.changed) {
    const before = from.get(id);
    const after = to.get(id);
    if (before && after) changed.push({ before, after, changes: changedColumns(before, after) });
  }
  return {
    added: pick(to, ids.added),
    removed: pick(from, ids.removed),
    changed,
    unchanged: ids.unchanged,
  };
}
