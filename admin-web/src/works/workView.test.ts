import { describe, expect, it } from 'vitest';
import type { WorkEvent, WorkSource } from '../api/client';
import { canSplit, canUndo, differingFields, provenanceLabel, workHref, workIdFromHash } from './workView';

function source(recordId: number, normalised: Record<string, string>): WorkSource {
  return {
    recordId, batchId: 1, database: 'WOS', naturalKey: null, fileName: 'a.txt', recordNumber: recordId,
    firstLine: 1, lastLine: 2, format: 'wos', verbatimText: 'PT J', normalised, authors: [], readings: [],
  };
}

describe('work screen logic', () => {
  it('reads the work id from the hash, both ways, and round-trips odd ids', () => {
    expect(workIdFromHash('#/work/W1')).toBe('W1');
    expect(workIdFromHash('#/work?id=W2')).toBe('W2');
    expect(workIdFromHash('#/work')).toBeNull();
    expect(workIdFromHash('#/publish/W1')).toBeNull();
    expect(workIdFromHash(workHref('a/b c'))).toBe('a/b c');
  });

  it('labels provenance with database and record, several sources joined', () => {
    expect(provenanceLabel({ field: 'doi', value: 'x', rule: 'r',
      sources: [{ key: 'a.txt#1', recordId: 1, database: 'WOS' }] })).toBe('WOS a.txt#1');
    expect(provenanceLabel({ field: 'indexed_in', value: 'SCIE;EI', rule: 'r', sources: [
      { key: 'a.txt#1', recordId: 1, database: 'WOS' },
      { key: 'b.txt#4', recordId: null, database: null }] })).toBe('WOS a.txt#1 + b.txt#4');
  });

  it('splits only some of the records out, never all or none', () => {
    const sources = [source(1, {}), source(2, {})];
    expect(canSplit(new Set(), sources)).toBe(false);
    expect(canSplit(new Set([2]), sources)).toBe(true);
    expect(canSplit(new Set([1, 2]), sources)).toBe(false);
    expect(canSplit(new Set([9]), sources)).toBe(false);
  });

  it('highlights the normalised fields the sources disagree on', () => {
    const d = differingFields([source(1, { year: '2016', doi: 'x' }), source(2, { year: '2017', doi: 'x' })]);
    expect([...d]).toEqual(['year']);
    expect(differingFields([source(1, { year: '2016' })]).size).toBe(0);
    expect([...differingFields([source(1, { pages: '1-9' }), source(2, {})])]).toEqual(['pages']);
  });

  it('offers undo only for events no undo reverses yet', () => {
    const e = { undone: false } as WorkEvent;
    expect(canUndo(e)).toBe(true);
    expect(canUndo({ ...e, undone: true })).toBe(false);
  });
});
