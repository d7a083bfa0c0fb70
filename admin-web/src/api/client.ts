/**
 * The REST API under /api/v1, as the screens use it: a thin wrapper over the TypeScript client that
 * the build generates from the contract (rest-api/src/main/openapi/acta-v1.yaml) into
 * src/generated/. The wrapper keeps what the contract does not say: where the API lives relative to
 * the page, the browser's credentials, the acting person's header, and turning RFC 9457 problems
 * into one ApiError the screens can show.
 */
import {
  AccountsApi,
  AuthApi,
  Configuration,
  DashboardApi,
  DecisionsApi,
  DictionaryApi,
  DirectoryApi,
  FetchError,
  ImportsApi,
  MeApi,
  PeopleApi,
  PipelineApi,
  ReviewApi,
  ResponseError,
  SnapshotsApi,
  SsoApi,
  TableApi,
  TokensApi,
  UnitsApi,
  WorksApi,
} from '../generated';
import type * as contract from '../generated';

/*
 * The screens' types are the contract's schemas. The generated models mark every property
 * optional (the contract lists few as required); the server always sends them, so the screens see
 * them as present (Required keeps a nullable property's null).
 */
export type ImportProblem = Required<contract.ImportProblem>;
export type ImportFile = Required<Omit<contract.ImportFile, 'problems'>> & {
  problems: ImportProblem[];
};
export type ImportBatch = Required<Omit<contract.ImportBatch, 'files'>> & { files: ImportFile[] };
export type UnitName = contract.UnitName;
export type Unit = contract.Unit;
export type Person = contract.Person;
/** One row of the one table, named as output-table.md names its columns. */
export type TableRow = Required<contract.TableRow> & {
  [column: string]: string | number | boolean | null;
};
export interface TablePage {
  version: number;
  rows: TableRow[];
  nextCursor: string | null;
}
export type PipelineRun = Required<contract.PipelineRun>;
/** The filters GET /table and GET /table/aggregates share (the hash of a drill-through link). */
export interface TableFilters {
  year?: number;
  unit?: string;
  within?: string;
  person?: string;
  status?: contract.PullTableStatusEnum;
  indexedIn?: string;
  jcrQuartile?: contract.PullTableJcrQuartileEnum;
  role?: contract.PullTableRoleEnum;
}
export type AggregateCount = Required<Omit<contract.AggregateCount, 'parent'>> & {
  parent?: string | null;
};
export type AggregateTrend = Required<contract.AggregateTrend>;
export interface TableAggregates {
  version: number;
  works: number;
  rows: number;
  people: number;
  units: AggregateCount[];
  years: AggregateCount[];
  indexes: AggregateCount[];
  quartiles: AggregateCount[];
  roles: AggregateCount[];
  unitTrends: AggregateTrend[];
  indexTrends: AggregateTrend[];
}
/** A decision as POST /api/v1/decisions takes it. */
export type Decision = contract.Decision;

// --- works: the work screen (GET/POST /api/v1/works...) -------------------------------------
/*
 * The contract's Work* schemas as the server always sends them: every property present (nullable
 * ones may be null), nested objects included, which Required<> alone does not reach.
 */
type Present<T> = T extends (infer E)[]
  ? Present<E>[]
  : T extends Date
    ? T
    : T extends object
      ? { [K in keyof T]-?: Present<Exclude<T[K], undefined>> }
      : T;
export type WorkSummary = Present<contract.WorkSummary>;
export type WorkField = Present<contract.WorkField>;
export type WorkSource = Present<contract.WorkSource>;
export type WorkEvent = Present<contract.WorkEvent>;
export type WorkAuthorship = Present<contract.WorkAuthorship>;
export type WorkDetail = Present<contract.WorkDetail>;
export type RecordedDecision = Present<contract.RecordedDecision>;
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

/**
 * Where the API lives, relative to the page, so any context path works (the contract's server URL
 * is the absolute /api/v1). The browser sends the signed-in caller's credentials itself.
 */
const configuration = new Configuration({
  basePath: new URL('api/v1', document.baseURI).toString(),
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  middleware: [
    { pre: async (context) => ({ url: context.url, init: withLanguage(withCsrf(context.init)) }) },
  ],
});

/**
 * The UI's language, sent as Accept-Language with every call: the server writes evidence (why
 * records are one work, why an author is a person) in it. The i18n provider sets it before any
 * screen asks for anything.
 */
let language = 'zh-CN';

export function setApiLanguage(locale: string) {
  language = locale;
}

function withLanguage(init: RequestInit): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), 'Accept-Language': language } };
}

/**
 * The signed-in session's CSRF token (from POST /auth/login or GET /auth/me): every unsafe request
 * sends it in X-CSRF-Token, because the session cookie alone would also come with a forged one.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

const SAFE = ['GET', 'HEAD', 'OPTIONS'];

function withCsrf(init: RequestInit): RequestInit {
  const unsafe = !SAFE.includes((init.method ?? 'GET').toUpperCase());
  if (!unsafe || !csrfToken) return init;
  return { ...init, headers: { ...(init.headers as Record<string, string>), 'X-CSRF-Token': csrfToken } };
}

const authApi = new AuthApi(configuration);
const decisions = new DecisionsApi(configuration);
const me = new MeApi(configuration);
const tokens = new TokensApi(configuration);
const imports = new ImportsApi(configuration);
const people = new PeopleApi(configuration);
const pipeline = new PipelineApi(configuration);
const review = new ReviewApi(configuration);
const table = new TableApi(configuration);
const dashboard = new DashboardApi(configuration);
const units = new UnitsApi(configuration);
const works = new WorksApi(configuration);
const snapshots = new SnapshotsApi(configuration);

/** Runs a generated call; a failure becomes an ApiError carrying the problem's detail. */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (e) {
    if (e instanceof ResponseError) {
      const response = e.response;
      let detail = `${response.status} ${response.statusText}`;
      try {
        const problem = await response.json();
        detail = problem.detail ?? problem.title ?? detail;
      } catch {
        // not JSON: keep the status line
      }
      throw new ApiError(response.status, detail);
    }
    if (e instanceof FetchError) {
      throw new ApiError(0, e.cause?.message ?? e.message);
    }
    throw e;
  }
}

// --- faculty: sign-in, API tokens and my publications (contract tags auth, tokens, me) ---

export type Role = 'admin' | 'staff' | 'unit-secretary' | 'faculty' | 'student' | 'hr-client';

/** Who is signed in (GET /auth/me, POST /auth/login). */
export interface CurrentUser {
  username: string;
  role: Role;
  personCode: string | null;
  unitCode: string | null;
  name: string | null;
  csrfToken: string | null;
}

export interface ApiToken {
  id: number;
  name: string;
  scope: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewApiToken {
  id: number;
  name: string;
  scope: string;
  secret: string;
}

/** One of the signed-in person's rows: `row` is exactly what HR gets. */
export interface MyPublication {
  rowId: string;
  status: 'auto' | 'verified' | 'confirmed' | 'disputed';
  decisionVersion: number;
  row: TableRow;
}

export interface ManualSubmission {
  id: number;
  title: string;
  year: number | null;
  journal: string | null;
  doi: string | null;
  submittedAt: string;
  workId: string | null;
}

export interface MyPublications {
  personCode: string;
  name: string | null;
  rows: MyPublication[];
  submitted: ManualSubmission[];
}

export interface ManualPublication {
  title: string;
  year?: number;
  journal?: string;
  doi?: string;
  authors: string[];
  myAuthorRank?: number;
}

export const REJECT_REASONS = [
  'not_me',
  'wrong_unit',
  'duplicate',
  'not_a_publication',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const auth = {
  login: (username: string, password: string) =>
    call(() => authApi.login({ loginRequest: { username, password } })) as Promise<CurrentUser>,
  logout: () => call(() => authApi.logout()),
  me: () => call(() => authApi.currentUser()) as Promise<CurrentUser>,
  tokens: () => call(() => tokens.listTokens()) as unknown as Promise<ApiToken[]>,
  createToken: (name: string) =>
    call(() => tokens.createToken({ newTokenRequest: { name } })) as unknown as Promise<NewApiToken>,
  revokeToken: (id: number) =>
    call(() => tokens.revokeToken({ id })) as unknown as Promise<ApiToken>,
};

export const mine = {
  list: () => call(() => me.myPublications()) as unknown as Promise<MyPublications>,
  confirm: (rowId: string, expectedVersion: number) =>
    call(() =>
      me.confirmMyPublication({ rowId, confirmation: { expectedVersion } }),
    ) as unknown as Promise<MyPublication>,
  reject: (rowId: string, reasonCode: RejectReason, comment: string, expectedVersion: number) =>
    call(() =>
      me.rejectMyPublication({
        rowId,
        rejection: { reasonCode, comment: comment || undefined, expectedVersion } as contract.Rejection,
      }),
    ) as unknown as Promise<MyPublication>,
  add: (publication: ManualPublication) =>
    call(() =>
      me.addMyPublication({ manualPublication: publication as contract.ManualPublication }),
    ) as unknown as Promise<ManualSubmission>,
};

export const api = {
  uploadImport: (files: File[]) =>
    call(() => imports.uploadImport({ file: files })) as Promise<ImportBatch>,
  importBatch: (id: number) => call(() => imports.getImport({ id })) as Promise<ImportBatch>,
  units: () => call(() => units.listUnits()),
  person: (code: string) => call(() => people.getPerson({ code })),
  async table(
    since: number,
    cursor: string | null,
    limit: number,
    filters: TableFilters = {},
  ): Promise<TablePage> {
    const page = await call(() =>
      table.pullTable({ ...filters, since, cursor: cursor ?? undefined, limit, format: 'json' }),
    );
    return {
      version: page.version,
      rows: page.rows as TableRow[],
      nextCursor: page.nextCursor ?? null,
    };
  },
  /** The dashboard's counts of the table's live rows under the same filters as the table. */
  aggregates: (filters: TableFilters) =>
    call(() => dashboard.aggregateTable(filters)) as Promise<TableAggregates>,
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
  /** Records a decision; `actor` goes in X-Acta-Actor, the person the caller acts as. */
  decide: (actor: string, decision: Decision) =>
    call(() =>
      decisions.decide({ decision }, async ({ init }) => ({
        // a function, not an object: an object's headers would replace the generated ones
        headers: { ...init.headers, 'X-Acta-Actor': actor },
      })),
    ),
  lastPipelineRun: () => call(() => pipeline.lastPipelineRun()) as Promise<PipelineRun>,
  runPipeline: () => call(() => pipeline.runPipeline()) as Promise<PipelineRun>,
  // --- works (the work screen) ---
  searchWorks: (query: string) =>
    call(() => works.searchWorks({ query, limit: 20 })) as Promise<WorkSummary[]>,
  work: (id: string) => call(() => works.getWork({ id })) as Promise<WorkDetail>,
  mergeWork: (id: string, otherWorkId: string, reason: string, expectedVersion: number) =>
    call(() => works.mergeWork({ id, workMerge: { otherWorkId, reason, expectedVersion } })) as
      Promise<RecordedDecision>,
  splitWork: (id: string, recordIds: number[], reason: string, expectedVersion: number) =>
    call(() => works.splitWork({ id, workSplit: { recordIds, reason, expectedVersion } })) as
      Promise<RecordedDecision>,
  undoWorkDecision: (id: string, eventId: number, reason: string, expectedVersion: number) =>
    call(() => works.undoWorkDecision({ id, eventId, workUndo: { reason, expectedVersion } })) as
      Promise<RecordedDecision>,
  // --- end works ---
};

// --- review queue (核验): /api/v1/review, the contract's Review* schemas --------------------------

/** A person as a reviewer judges them (ReviewPerson). */
export interface ReviewPerson {
  code: string;
  nameZh: string | null;
  nameEn: string | null;
  kind: string | null;
  unitCode: string | null;
  unitName: string | null;
  supervisorCode: string | null;
  supervisorName: string | null;
  otherWorks: number;
}

/** One source record of the work: verbatim, and the fields Acta read from it. */
export interface ReviewSource {
  id: number;
  sourceDatabase: string;
  fileName: string;
  recordNumber: number;
  verbatim: string;
  normalised: Record<string, string>;
}

export interface ReviewItem {
  key: string;
  version: number;
  kind: 'attribution' | 'duplicate';
  workId: string;
  authorRank: number;
  authorName: string | null;
  title: string | null;
  year: number | null;
  score: number;
  evidence: string[];
  person: ReviewPerson | null;
  sources: ReviewSource[];
  /** A possible duplicate's other work and its source records (absent for attribution). */
  otherWorkId?: string | null;
  otherSources?: ReviewSource[];
}

export interface ReviewPage {
  items: ReviewItem[];
  nextCursor: string | null;
  total: number;
}

export interface ReviewFilter {
  unit?: string;
  kind?: 'attribution' | 'duplicate';
  minScore?: number;
  maxScore?: number;
}

export type ReviewActionCode = 'accept' | 'reject' | 'reassign';

export interface ReviewDecision {
  key?: string;
  version: number;
  action: ReviewActionCode;
  reasonCode?: string;
  reason?: string;
  personCode?: string;
}

export interface ReviewOutcome {
  key: string;
  status: 'recorded' | 'conflict' | 'gone' | 'invalid';
  eventId: number | null;
  version: number;
  field: string | null;
  detail: string | null;
}

export const reviewApi = {
  items: (filter: ReviewFilter, cursor: string | null, limit: number) =>
    call(() =>
      review.listReviewItems({
        unit: filter.unit || undefined,
        kind: filter.kind || undefined,
        minScore: filter.minScore,
        maxScore: filter.maxScore,
        cursor: cursor ?? undefined,
        limit,
      } as contract.ListReviewItemsRequest),
    ) as unknown as Promise<ReviewPage>,
  decide: (key: string, decision: ReviewDecision) =>
    call(() =>
      review.decideReviewItem({ key, reviewDecision: decision as contract.ReviewDecision }),
    ) as unknown as Promise<ReviewOutcome>,
  decideAll: (decisions: ReviewDecision[]) =>
    call(() =>
      review.decideReviewItems({
        reviewBulkDecision: { decisions } as contract.ReviewBulkDecision,
      }),
    ) as unknown as Promise<{ outcomes: ReviewOutcome[]; recorded: number }>,
  people: (q: string) =>
    call(() => review.searchReviewPeople({ q, limit: 10 })) as unknown as Promise<ReviewPerson[]>,
};

/* --- publish: snapshots of the one table (GET/POST /snapshots, diff, rows) --- */

/** A frozen copy of the one table (repository-core's Snapshot). */
export interface Snapshot {
  id: number;
  name: string;
  yearFrom?: number | null;
  yearTo?: number | null;
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
  list: () => call(() => snapshots.listSnapshots()) as Promise<Snapshot[]>,
  freeze: (name: string, yearFrom: number | null, yearTo: number | null) =>
    call(() =>
      snapshots.createSnapshot({ snapshotRequest: { name, yearFrom, yearTo } }),
    ) as Promise<Snapshot>,
  diff: (from: number, to: number) =>
    call(() => snapshots.diffSnapshots({ from, to })) as Promise<SnapshotDiff>,
  rows: (id: number) =>
    call(() => snapshots.snapshotRows({ id, format: 'json' })) as Promise<TableRow[]>,
};

// --- accounts and single sign-on (contract tags accounts, sso) ------------------------------
const accounts = new AccountsApi(configuration);
const sso = new SsoApi(configuration);

export type AccountRole = 'admin' | 'staff' | 'unit-secretary' | 'faculty' | 'student';
export const ACCOUNT_ROLES: readonly AccountRole[] = ['admin', 'staff', 'unit-secretary', 'faculty', 'student'];

/** An account as admins see it (never a password hash). Dates come as the client parses them. */
export interface Account {
  username: string;
  role: AccountRole;
  personCode: string | null;
  unitCode: string | null;
  createdAt: string | Date;
  disabledAt: string | Date | null;
  updatedAt: string | Date | null;
  updatedBy: string | null;
}

export interface AccountEvent {
  id: number;
  username: string;
  action: string;
  detail: string | null;
  actor: string;
  at: string | Date;
}

/** A generated password, shown once; null when the admin chose the password. */
export interface AccountPassword {
  username: string;
  password: string | null;
}

export interface NewAccount {
  username: string;
  role: AccountRole;
  personCode: string | null;
  unitCode: string | null;
  password: string | null;
}

/** Whether single sign-on is configured, and how the login screen names the provider. */
export interface SingleSignOn {
  enabled: boolean;
  name: string | null;
  nameZh: string | null;
  loginPath: string | null;
}

export const accountsApi = {
  list: () => call(() => accounts.listAccounts()) as unknown as Promise<Account[]>,
  create: (account: NewAccount) =>
    call(() => accounts.createAccount({ newAccount: account })) as unknown as Promise<AccountPassword>,
  changeRole: (username: string, role: AccountRole, personCode: string | null, unitCode: string | null) =>
    call(() =>
      accounts.changeAccountRole({ username, accountRole: { role, personCode, unitCode } }),
    ) as unknown as Promise<Account>,
  setDisabled: (username: string, disabled: boolean) =>
    call(() => accounts.setAccountDisabled({ username, accountDisabled: { disabled } })) as unknown as Promise<Account>,
  resetPassword: (username: string, password: string | null) =>
    call(() =>
      accounts.resetAccountPassword({ username, passwordReset: { password } }),
    ) as unknown as Promise<AccountPassword>,
  events: (username: string) =>
    call(() => accounts.accountEvents({ username })) as unknown as Promise<AccountEvent[]>,
};

export const singleSignOn = {
  settings: () => call(() => sso.singleSignOn()) as unknown as Promise<SingleSignOn>,
  /** The address the browser goes to (a navigation, not a fetch: the provider's page follows). */
  loginUrl: (path: string) => new URL(path, new URL('api/v1/', document.baseURI)).toString(),
};
// --- end accounts ---------------------------------------------------------------------------
// --- dictionary changes with a preview (contract tag dictionary; POST /directory/imports) ---
const dictionary = new DictionaryApi(configuration);
const directory = new DirectoryApi(configuration);

/** An author position's state before or after a dictionary change. */
export type DictionaryAttribution = Present<contract.DictionaryAttribution>;
export type DictionaryPreviewExample = Present<contract.DictionaryPreviewExample>;
/** What a dictionary change would do to the attributions of the current works. */
export type DictionaryPreview = Present<contract.DictionaryPreview>;
export type UnitNameChange = contract.UnitNameChange;

export const dictionaryApi = {
  previewUnitName: (change: UnitNameChange) =>
    call(() => dictionary.previewUnitNameChange({ unitNameChange: change })) as
      Promise<DictionaryPreview>,
  changeUnitName: (change: UnitNameChange) =>
    call(() => dictionary.changeUnitName({ unitNameChange: change })),
  previewPeople: (file: File) =>
    call(() => dictionary.previewPeopleFile({ body: file, fileName: file.name })) as
      Promise<DictionaryPreview>,
  /** HR's people export alone (the units stay as they are); the pipeline runs again after it. */
  importPeople: (file: File) =>
    call(() => directory.importDirectory({ people: file })) as Promise<Record<string, number>>,
};
// --- end dictionary changes ---
