/**
 * Counts for the dashboard, from the one table's rows. A work counts once per group however many
 * of the university's authors it has there (three authors of one school: one paper for that
 * school).
 */
import type { TableRow } from '../api/client';

export interface Bucket {
  key: string;
  count: number;
}

/** Distinct works per group; a row can fall into several groups (a paper indexed twice). */
export function countWorks(rows: TableRow[], groups: (row: TableRow) => string[]): Bucket[] {
  const works = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const key of groups(row)) {
      let set = works.get(key);
      if (!set) works.set(key, (set = new Set()));
      set.add(row.work_id);
    }
  }
  return Array.from(works, ([key, set]) => ({ key, count: set.size }));
}

export const byYear = (r: TableRow) => (r.year == null ? [] : [String(r.year)]);
export const byUnit = (r: TableRow) => (r.unit_id ? [r.unit_id] : []);
export const byIndex = (r: TableRow) =>
  (r.indexed_in ?? '').split(';').map((s) => s.trim()).filter(Boolean);
export const byQuartile = (r: TableRow) => (r.jcr_quartile ? [r.jcr_quartile] : []);
export const byRole = (r: TableRow) => [
  r.is_first_author ? 'first' : r.is_corresponding ? 'corresponding' : 'other',
];
