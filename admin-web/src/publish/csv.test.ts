import { describe, expect, it } from 'vitest';
import type { TableRow } from '../api/client';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, leaves nulls empty, and starts with a BOM', () => {
    const rows = [
      { row_id: 'R1', title: 'Li, "TiO2"\nfilms', doi: null, year: 2024, deleted: false },
    ] as unknown as TableRow[];
    expect(toCsv(rows)).toBe(
      '\uFEFFrow_id,title,doi,year,deleted\r\nR1,"Li, ""TiO2""\nfilms",,2024,false\r\n',
    );
  });

  it('gives nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
