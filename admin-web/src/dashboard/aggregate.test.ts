import { describe, expect, it } from 'vitest';
import type { TableRow } from '../api/client';
import { byIndex, byRole, byUnit, countWorks } from './aggregate';

function row(work: string, person: string, extra: Partial<TableRow> = {}): TableRow {
  return {
    row_id: `${work}-${person}`,
    work_id: work,
    person_id: person,
    person_name: null,
    person_kind: 'staff',
    unit_id: null,
    author_rank: 1,
    is_first_author: false,
    is_corresponding: false,
    first_affiliation_is_institution: true,
    title: null,
    title_alt: null,
    source_title: null,
    year: null,
    doi: null,
    document_type: null,
    indexed_in: null,
    jcr_quartile: null,
    status: 'auto',
    confidence: 1,
    version: 1,
    deleted: false,
    ...extra,
  } as TableRow; // the columns the counts read; the rest of the contract's row is not needed here
}

describe('countWorks', () => {
  it('counts a work once per unit however many of its authors are there', () => {
    const rows = [
      row('W1', 'A', { unit_id: 'CS' }),
      row('W1', 'B', { unit_id: 'CS' }),
      row('W1', 'C', { unit_id: 'MATH' }),
      row('W2', 'A', { unit_id: 'CS' }),
    ];
    expect(countWorks(rows, byUnit)).toEqual([
      { key: 'CS', count: 2 },
      { key: 'MATH', count: 1 },
    ]);
  });

  it('puts a work indexed in two lists under both', () => {
    const rows = [row('W1', 'A', { indexed_in: 'SCIE; EI' }), row('W2', 'A', { indexed_in: 'EI' })];
    expect(countWorks(rows, byIndex)).toEqual([
      { key: 'SCIE', count: 1 },
      { key: 'EI', count: 2 },
    ]);
  });

  it('names a first author who is also corresponding as first author', () => {
    expect(byRole(row('W1', 'A', { is_first_author: true, is_corresponding: true }))).toEqual([
      'first',
    ]);
    expect(byRole(row('W1', 'B', { is_corresponding: true }))).toEqual(['corresponding']);
    expect(byRole(row('W1', 'C'))).toEqual(['other']);
  });
});
