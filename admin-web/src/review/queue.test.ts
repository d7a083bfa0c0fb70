import { describe, expect, it } from 'vitest';
import type { ReviewItem, ReviewSource } from '../api/client';
import {
  appendPage,
  compareSources,
  decisionsPerHour,
  keyCommand,
  parseScore,
  personName,
  shouldPrefetch,
  withoutDecided,
} from './queue';

const source = (normalised: Record<string, string>): ReviewSource => ({
  id: 1,
  sourceDatabase: 'WOS',
  fileName: 'f.txt',
  recordNumber: 1,
  verbatim: '',
  normalised,
});

const item = (key: string): ReviewItem => ({
  key,
  version: 0,
  kind: 'attribution',
  workId: key,
  authorRank: 1,
  authorName: null,
  title: null,
  year: null,
  score: 0.5,
  evidence: [],
  person: null,
  sources: [],
});

describe('keyCommand', () => {
  it('maps the workbench keys', () => {
    expect(keyCommand('a', {}, false)).toBe('accept');
    expect(keyCommand('R', {}, false)).toBe('reject');
    expect(keyCommand('s', {}, false)).toBe('skip');
    expect(keyCommand('n', {}, false)).toBe('next');
    expect(keyCommand('x', {}, false)).toBeNull();
  });

  it('leaves typing and browser shortcuts alone', () => {
    expect(keyCommand('a', {}, true)).toBeNull();
    expect(keyCommand('r', { ctrl: true }, false)).toBeNull();
    expect(keyCommand('a', { meta: true }, false)).toBeNull();
  });
});

describe('compareSources', () => {
  it('marks fields the sources disagree on, ignoring case and spacing', () => {
    const rows = compareSources([
      source({ title: 'MoS2  nanosheets', year: '2024', doi: '10.1/x' }),
      source({ title: 'mos2 nanosheets', year: '2023' }),
    ]);
    expect(rows.map((r) => [r.field, r.differs])).toEqual([
      ['title', false],
      ['year', true],
      ['doi', true],
    ]);
    expect(rows[2].values).toEqual(['10.1/x', null]);
  });

  it('finds no difference in a single source', () => {
    expect(compareSources([source({ title: 'T' })])[0].differs).toBe(false);
  });
});

describe('decisionsPerHour', () => {
  it('counts the last hour at its pace', () => {
    const now = 10_000_000;
    expect(decisionsPerHour([], now)).toBe(0);
    expect(decisionsPerHour([now - 600_000, now - 300_000, now], now)).toBe(18);
    expect(decisionsPerHour([now - 7_200_000, now - 1_800_000], now)).toBe(2);
  });

  it('does not explode in the first minute', () => {
    expect(decisionsPerHour([1000, 2000], 3000)).toBe(120);
  });
});

describe('the local queue', () => {
  it('drops decided items and stays on the one that followed', () => {
    const items = ['a', 'b', 'c', 'd'].map(item);
    const next = withoutDecided(items, 1, new Set(['b']));
    expect(next.items.map((i) => i.key)).toEqual(['a', 'c', 'd']);
    expect(next.current).toBe(1);
    expect(withoutDecided(items, 3, new Set(['d'])).current).toBe(2);
    expect(withoutDecided([item('a')], 0, new Set(['a']))).toEqual({ items: [], current: 0 });
  });

  it('appends a page without repeating items', () => {
    expect(appendPage([item('a'), item('b')], [item('b'), item('c')]).map((i) => i.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('prefetches when few items are left', () => {
    expect(shouldPrefetch(0, 20, true)).toBe(false);
    expect(shouldPrefetch(17, 20, true)).toBe(true);
    expect(shouldPrefetch(17, 20, false)).toBe(false);
  });
});

describe('form values', () => {
  it('reads a score band', () => {
    expect(parseScore('')).toBeUndefined();
    expect(parseScore(' 0.7 ')).toBe(0.7);
    expect(parseScore('1.5')).toBe('invalid');
    expect(parseScore('abc')).toBe('invalid');
  });

  it('names a person', () => {
    expect(personName({ code: 'S1', nameZh: '王伟', nameEn: 'Wang Wei' })).toBe('王伟 (Wang Wei)');
    expect(personName({ code: 'S1', nameZh: null, nameEn: null })).toBe('S1');
  });
});
