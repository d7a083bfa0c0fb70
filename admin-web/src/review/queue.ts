/**
 * The pure logic of the verification workbench (核验): which keys do what, which fields differ
 * between sources, how fast the reviewer goes, and how the local queue moves on.
 */
import type { ReviewItem, ReviewSource } from '../api/client';

/** Reason codes of a reject, in the order the picker offers them (stored as decision reason_code). */
export const REJECT_REASONS = ['not_affiliated', 'namesake', 'wrong_unit', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type KeyCommand = 'accept' | 'reject' | 'skip' | 'next' | 'previous' | 'reassign';

/**
 * The command of a key pressed on the workbench, or null. Keys typed into a field, or pressed
 * with a modifier (browser shortcuts), are not commands.
 */
export function keyCommand(
  key: string,
  modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean },
  targetIsField: boolean,
): KeyCommand | null {
  if (targetIsField || modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  switch (key.toLowerCase()) {
    case 'a':
      return 'accept';
    case 'r':
      return 'reject';
    case 's':
      return 'skip';
    case 'n':
    case 'j':
      return 'next';
    case 'p':
    case 'k':
      return 'previous';
    case 'g':
      return 'reassign';
    default:
      return null;
  }
}

/** One row of the source comparison: a field, each source's value, and whether they disagree. */
export interface FieldComparison {
  field: string;
  values: (string | null)[];
  differs: boolean;
}

/** Compares values after folding case, width and spacing, so only real differences show. */
export function fold(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s.,;:()\-–—]+/g, ' ').trim();
}

/**
 * Every normalised field of any source, in the order the sources give them, with each source's
 * value; a field differs when two sources that have it disagree, or when some lack it.
 */
export function compareSources(sources: ReviewSource[]): FieldComparison[] {
  const fields: string[] = [];
  for (const s of sources) {
    for (const f of Object.keys(s.normalised)) if (!fields.includes(f)) fields.push(f);
  }
  return fields.map((field) => {
    const values = sources.map((s) => s.normalised[field] ?? null);
    const present = values.filter((v): v is string => v !== null).map(fold);
    const differs =
      sources.length > 1 && (present.length < values.length || new Set(present).size > 1);
    return { field, values, differs };
  });
}

/** Decisions per hour over the last hour of this session (or since the first, if sooner). */
export function decisionsPerHour(times: number[], now: number): number {
  const hour = 3_600_000;
  const recent = times.filter((t) => now - t <= hour);
  if (recent.length === 0) return 0;
  const span = Math.max(now - Math.min(...recent), 60_000); // one minute at least: no wild rates
  return Math.round((recent.length * hour) / span);
}

/** The queue after items were decided: they leave, the cursor stays on the item that followed. */
export function withoutDecided(
  items: ReviewItem[],
  current: number,
  decided: Set<string>,
): { items: ReviewItem[]; current: number } {
  const before = items.slice(0, current).filter((i) => !decided.has(i.key)).length;
  const rest = items.filter((i) => !decided.has(i.key));
  return { items: rest, current: Math.min(before, Math.max(rest.length - 1, 0)) };
}

/** Appends a fetched page, leaving out items already held (a page may overlap after decisions). */
export function appendPage(items: ReviewItem[], page: ReviewItem[]): ReviewItem[] {
  const held = new Set(items.map((i) => i.key));
  return [...items, ...page.filter((i) => !held.has(i.key))];
}

/** True when the next page should be fetched now, so the next item is there at once. */
export function shouldPrefetch(current: number, loaded: number, hasMore: boolean): boolean {
  return hasMore && loaded - current <= 3;
}

/** A score band typed by a person: empty is no bound; otherwise a number 0..1, or an error. */
export function parseScore(text: string): number | undefined | 'invalid' {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : 'invalid';
}

/** The name to show for a person: Chinese, else English, else the code. */
export function personName(p: { code: string; nameZh: string | null; nameEn: string | null }): string {
  if (p.nameZh && p.nameEn) return `${p.nameZh} (${p.nameEn})`;
  return p.nameZh ?? p.nameEn ?? p.code;
}
