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
};

/* --- publish: snapshots of the one table (GET/POST /snapshots, diff, rows) --- */

/** A frozen copy of the one table (repository-core's Snapshot). */
export interface Snapshot {
  id: number;
  name: string;
  yearFrom: number | null;
  yearTo: number | null;
  tableVersion: number;
  rowCount: number;
  createdBy: string;
  createdAt: string;
}

/** Row ids added, removed and changed from one snapshot to another. */
export interface SnapshotDiff {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

export const snapshotsApi = {
  list: () => call<Snapshot[]>('snapshots'),
  freeze: (name: string, yearFrom: number | null, yearTo: number | null) =>
    call<Snapshot>('snapshots', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, yearFrom, yearTo }),
    }),
  diff: (from: number, to: number) => call<SnapshotDiff>(`snapshots/${from}/diff/${to}`),
  rows: (id: number) => call<TableRow[]>(`snapshots/${id}/rows?format=json`),
};
