import { describe, expect, it } from 'vitest';
import { filteredHref, filtersFrom } from './drill';

describe('drill-through links', () => {
  it('carry the filters to the table and back under the API names', () => {
    const href = filteredHref('publish', { within: 'S1', year: 2021, indexedIn: 'SCIE', role: 'first' });
    expect(href).toBe('#/publish?year=2021&within=S1&indexed_in=SCIE&role=first');
    expect(filtersFrom(href)).toEqual({ year: 2021, within: 'S1', indexedIn: 'SCIE', role: 'first' });
  });

  it('leave out empty values and read nothing from a bare route', () => {
    expect(filteredHref('publish', { unit: '', year: undefined })).toBe('#/publish');
    expect(filtersFrom('#/publish')).toEqual({});
  });
});
