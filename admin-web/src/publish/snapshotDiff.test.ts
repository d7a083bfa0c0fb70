import { describe, expect, it } from 'vitest';
import type { TableRow } from '../api/client';
import { changedColumns, diffView } from './snapshotDiff';

function row(values: Partial<TableRow>): TableRow {
  return {
    row_id: 'R1',
    work_id: 'W1',
    person_id: 'S1',
    title: 'A title',
    jcr_quartile: null,
    confidence: 0.9,
    status: 'auto',
    version: 1,
    ...values,
  } as TableRow;
}

describe('changedColumns', () => {
  it('names the columns whose values differ, in column order, ignoring the version', () => {
    const changes = changedColumns(
      row({ version: 3 }),
      row({ version: 7, status: 'confirmed', jcr_quartile: 'Q1' }),
    );
    expect(changes).toEqual([
      { column: 'jcr_quartile', before: null, after: 'Q1' },
      { column: 'status', before: 'auto', after: 'confirmed' },
    ]);
  });

  it('finds nothing when only the version moved', () => {
    expect(changedColumns(row({ version: 1 }), row({ version: 2 }))).toEqual([]);
  });
});

describe('diffView', () => {
  it('puts each named row on its side and pairs the changed ones', () => {
    const from = [row({ row_id: 'R1' }), row({ row_id: 'R2', title: 'Old' })];
    const to = [row({ row_id: 'R2', title: 'New' }), row({ row_id: 'R3' })];
    const view = diffView({ added: ['R3'], removed: ['R1'], changed: ['R2'], unchanged: 4 }, from, to);
    expect(view.added.map((r) => r.row_id)).toEqual(['R3']);
    expect(view.removed.map((r) => r.row_id)).toEqual(['R1']);
    expect(view.changed).toHaveLength(1);
    expect(view.changed[0].changes).toEqual([{ column: 'title', before: 'Old', after: 'New' }]);
    expect(view.unchanged).toBe(4);
  });
});
