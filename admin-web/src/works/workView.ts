/** The work screen's pure logic: routing, provenance labels, what may be split or undone. */
import type { WorkEvent, WorkField, WorkSource } from '../api/client';

/** The work id in the hash: #/work/<id> (or #/work?id=<id>); null when none is named. */
export function workIdFromHash(hash: string): string | null {
  const path = hash.replace(/^#\/?/, '');
  const [route, rest] = [path.split(/[/?]/)[0], path.slice(path.split(/[/?]/)[0].length)];
  if (route !== 'work') return null;
  if (rest.startsWith('/')) {
    const id = decodeURIComponent(rest.slice(1).split('?')[0]);
    return id || null;
  }
  return new URLSearchParams(rest.replace(/^\?/, '')).get('id');
}

/** The link to a work's screen. */
export function workHref(workId: string): string {
  return `#/work/${encodeURIComponent(workId)}`;
}

/** Where a field's value came from, short: "WOS savedrecs.txt#1" (several joined by " + "). */
export function provenanceLabel(field: WorkField): string {
  return field.sources.map((s) => [s.database, s.key].filter(Boolean).join(' ')).join(' + ');
}

/** A split must leave at least one record in the work and take at least one out. */
export function canSplit(selected: ReadonlySet<number>, sources: readonly WorkSource[]): boolean {
  const members = sources.filter((s) => selected.has(s.recordId)).length;
  return members > 0 && members < sources.length;
}

/** Normalised fields whose values differ between the sources: the screen highlights them. */
export function differingFields(sources: readonly WorkSource[]): Set<string> {
  const out = new Set<string>();
  if (sources.length < 2) return out;
  const names = new Set(sources.flatMap((s) => Object.keys(s.normalised)));
  for (const name of names) {
    const values = new Set(sources.map((s) => s.normalised[name] ?? ''));
    if (values.size > 1) out.add(name);
  }
  return out;
}

/** An event can be undone unless a later undo already reverses it. */
export function canUndo(event: WorkEvent): boolean {
  return !event.undone;
}
