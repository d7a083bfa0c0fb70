/**
 * The REST API under /api/v1, as the screens use it.
 *
 * TODO [api] Replace these hand-written calls with the TypeScript client generated from the
 * OpenAPI contract into admin-web/generated/ once it lands on main; the types below mirror the
 * DTOs of rest-api (org.acta.rest.dto) until then.
 */

/** Where the API lives, relative to the page, so any context path works. */
const API = new URL('api/v1/', document.baseURI).toString();

export interface ImportProblem {
  recordNumber: number;
  line: number;
  field: string | null;
  reason: string;
  fatal: boolean;
}

export interface ImportFile {
  id: number;
  fileName: string;
  status: 'queued' | 'running' | 'finished' | 'failed' | string;
  format: string | null;
  charset: string | null;
  recordsTotal: number | null;
  recordsRead: number;
  recordsNew: number;
  recordsKnown: number;
  recordsDropped: number;
  problemCount: number;
  failure: string | null;
  problems: ImportProblem[];
}

export interface ImportBatch {
  id: number;
  status: 'running' | 'finished' | 'failed' | string;
  files: ImportFile[];
}

export interface UnitName {
  name: string;
  language: string | null;
}

export interface Unit {
  code: string;
  parentCode: string | null;
  nameZh: string | null;
  nameEn: string | null;
  otherNames: UnitName[] | null;
}

export interface Person {
  code: string;
  kind: 'staff' | 'student';
  nameZh: string | null;
  nameEn: string | null;
  unitCode: string | null;
  supervisorCode: string | null;
  email: string | null;
  orcid: string | null;
  startYear: number | null;
  endYear: number | null;
}

/** One row of the one table, named as output-table.md names its columns. */
export interface TableRow {
  row_id: string;
  work_id: string;
  person_id: string;
  person_name: string | null;
  person_kind: string;
  unit_id: string | null;
  author_rank: number;
  is_first_author: boolean;
  is_corresponding: boolean;
  first_affiliation_is_institution: boolean;
  title: string | null;
  title_alt: string | null;
  source_title: string | null;
  year: number | null;
  doi: string | null;
  document_type: string | null;
  indexed_in: string | null;
  jcr_quartile: string | null;
  status: string;
  confidence: number;
  version: number;
  deleted: boolean;
  [column: string]: string | number | boolean | null;
}

export interface TablePage {
  version: number;
  rows: TableRow[];
  nextCursor: string | null;
}

export interface PipelineRun {
  records: number;
  works: number;
  worksCreated: number;
  worksWithdrawn: number;
  membersMoved: number;
  reviewItems: number;
  rowsChanged: number;
  rowsDeleted: number;
  version: number;
  millis: number;
}

/** A decision as POST /api/v1/decisions takes it (rest-api's DecisionDto). */
export interface Decision {
  kind: 'confirm' | 'reject' | 'attribute' | 'unattribute' | 'set_corresponding' | 'undo';
  workId: string;
  authorRank?: number;
  personId?: string;
  flag?: boolean;
  reason?: string;
  reasonCode?: string;
  reverses?: number;
  expectedVersion: number;
}

// --- works: the work screen (GET/POST /api/v1/works...) -------------------------------------

export interface WorkSummary {
  workId: string;
  title: string | null;
  doi: string | null;
  year: number | null;
  records: number;
}

export interface WorkFieldSource {
  key: string;
  recordId: number | null;
  database: string | null;
}

export interface WorkField {
  field: string;
  value: string;
  rule: string;
  sources: WorkFieldSource[];
}

export interface WorkSourceReading {
  batchId: number;
  fileName: string;
  recordNumber: number;
  firstLine: number;
  lastLine: number;
  sameText: boolean;
}

export interface WorkSource {
  recordId: number;
  batchId: number;
  database: string;
  naturalKey: string | null;
  fileName: string;
  recordNumber: number;
  firstLine: number;
  lastLine: number;
  format: string;
  verbatimText: string;
  normalised: Record<string, string>;
  authors: string[];
  readings: WorkSourceReading[];
}

export interface WorkAuthorship {
  authorRank: number;
  authorName: string | null;
  personCode: string | null;
  personName: string | null;
  unitCode: string | null;
  unitName: string | null;
  outcome: string;
  score: number;
  evidence: string | null;
  itemKey: string;
  version: number;
}

export interface WorkEvent {
  eventId: number;
  occurredAt: string;
  actor: string;
  kind: string;
  itemKey: string | null;
  authorRank: number | null;
  personCode: string | null;
  reason: string | null;
  reasonCode: string | null;
  evidence: string | null;
  reverses: number | null;
  undone: boolean;
  itemVersion: number;
}

export interface WorkDetail {
  workId: string;
  status: string;
  mergedInto: string | null;
  successors: string[];
  version: number;
  fields: WorkField[];
  evidence: string[];
  sources: WorkSource[];
  authorships: WorkAuthorship[];
  rows: Record<string, string | null>[];
  history: WorkEvent[];
}

/** What POST .../merge, .../split and .../undo answer (rest-api's RecordedDecisionDto). */
export interface RecordedDecision {
  eventId: number;
  itemKey: string;
  itemVersion: number;
}
// --- end works ------------------------------------------------------------------------------

/** A failed call, with the RFC 9457 problem's detail when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(API + path, {
    ...init,
    headers: { Accept: 'application/json', ...(init?.headers ?? {}) },
  });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(response.status, detail);
  }
  return (await response.json()) as T;
}

export const api = {
  uploadImport(files: File[]): Promise<ImportBatch> {
    const form = new FormData();
    files.forEach((file) => form.append('file', file, file.name));
    return call('imports', { method: 'POST', body: form });
  },
  importBatch: (id: number) => call<ImportBatch>(`imports/${id}`),
  units: () => call<Unit[]>('units'),
  person: (code: string) => call<Person>(`people/${encodeURIComponent(code)}`),
  table(since: number, cursor: string | null, limit: number): Promise<TablePage> {
    const query = new URLSearchParams({ since: String(since), limit: String(limit) });
    if (cursor) query.set('cursor', cursor);
    return call(`table?${query}`);
  },
  /** Every current row of the table (deleted rows left out), following the cursor to the end. */
  async wholeTable(): Promise<TablePage> {
    const rows: TableRow[] = [];
    let cursor: string | null = null;
    let version = 0;
    do {
      const page: TablePage = await api.table(0, cursor, 1000);
      rows.push(...page.rows.filter((r) => !r.deleted));
      version = page.version;
      cursor = page.nextCursor;
    } while (cursor);
    return { version, rows, nextCursor: null };
  },
  /** Records a decision; `actor` goes in X-Acta-Actor until the API has authentication. */
  decide: (actor: string, decision: Decision) =>
    call<unknown>('decisions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Acta-Actor': actor },
      body: JSON.stringify(decision),
    }),
  lastPipelineRun: () => call<PipelineRun>('pipeline/runs/last'),
  runPipeline: () => call<PipelineRun>('pipeline/runs', { method: 'POST' }),
  // --- works (the work screen) ---
  searchWorks: (query: string) =>
    call<WorkSummary[]>(`works?${new URLSearchParams({ query, limit: '20' })}`),
  work: (id: string) => call<WorkDetail>(`works/${encodeURIComponent(id)}`),
  mergeWork: (id: string, otherWorkId: string, reason: string, expectedVersion: number) =>
    call<RecordedDecision>(`works/${encodeURIComponent(id)}/merge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ otherWorkId, reason, expectedVersion }),
    }),
  splitWork: (id: string, recordIds: number[], reason: string, expectedVersion: number) =>
    call<RecordedDecision>(`works/${encodeURIComponent(id)}/split`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ recordIds, reason, expectedVersion }),
    }),
  undoWorkDecision: (id: string, eventId: number, reason: string, expectedVersion: number) =>
    call<RecordedDecision>(`works/${encodeURIComponent(id)}/history/${eventId}/undo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason, expectedVersion }),
    }),
  // --- end works ---
};
