/**
 * The imports started from this browser, newest first. The API has no list of imports yet, so
 * the history is kept locally and each entry is read again from GET /api/v1/imports/{id}.
 * TODO [api] use a list endpoint (GET /api/v1/imports) once the REST layer has one.
 */
export interface ImportHistoryEntry {
  id: number;
  startedAt: string;
  fileNames: string[];
}

const KEY = 'acta.importHistory';
const KEPT = 50;

export function readHistory(): ImportHistoryEntry[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function remember(entry: ImportHistoryEntry): ImportHistoryEntry[] {
  const next = [entry, ...readHistory().filter((e) => e.id !== entry.id)].slice(0, KEPT);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}
