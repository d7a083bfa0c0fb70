/**
 * Import: drop or choose export files, upload them to POST /api/v1/imports, and follow each
 * file's progress (detected format and charset, records read, per-record problems) until the
 * import is done.
 */
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { api } from '../api/client';
import type { ImportBatch, ImportFile } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { readHistory, remember } from './importHistory';
import type { ImportHistoryEntry } from './importHistory';

const POLL_MILLIS = 700;

export function ImportScreen() {
  const { t } = useI18n();
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string>();
  const [batch, setBatch] = useState<ImportBatch>();
  const [history, setHistory] = useState<ImportHistoryEntry[]>(readHistory);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Poll the current import while it runs.
  useEffect(() => {
    if (!batch || batch.status !== 'running') return;
    const timer = window.setTimeout(() => {
      api.importBatch(batch.id).then(setBatch, (e: Error) => setError(e.message));
    }, POLL_MILLIS);
    return () => window.clearTimeout(timer);
  }, [batch]);

  async function upload() {
    if (files.length === 0) return;
    setUploading(true);
    setError(undefined);
    try {
      const accepted = await api.uploadImport(files);
      setBatch(accepted);
      setHistory(
        remember({
          id: accepted.id,
          startedAt: new Date().toISOString(),
          fileNames: files.map((f) => f.name),
        }),
      );
      setFiles([]);
      if (input.current) input.current.value = '';
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setUploading(false);
    }
  }

  async function open(id: number) {
    setError(undefined);
    try {
      setBatch(await api.importBatch(id));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    setFiles(Array.from(e.dataTransfer.files));
  }

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <span>{t('import.drop')}</span>{' '}
        <label className="file-label">
          <span className="visually-hidden">{t('import.fileInput')}</span>
          <input
            ref={input}
            type="file"
            multiple
            aria-label={t('import.fileInput')}
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        </label>
        {files.length > 0 && (
          <p aria-live="polite">
            {t('import.selected', { count: files.length })}: {files.map((f) => f.name).join(', ')}
          </p>
        )}
      </div>
      <button type="button" onClick={upload} disabled={files.length === 0 || uploading}>
        {uploading ? t('import.uploading') : t('import.upload')}
      </button>
      {error && (
        <p role="alert" className="error">
          {t('common.error', { message: error })}
        </p>
      )}
      {batch && <BatchView batch={batch} />}
      <h3>{t('import.history')}</h3>
      {history.length === 0 ? (
        <p>{t('import.history.empty')}</p>
      ) : (
        <ul className="history">
          {history.map((h) => (
            <li key={h.id}>
              <button type="button" className="link" onClick={() => open(h.id)}>
                {t('import.history.open', { id: h.id })}
              </button>{' '}
              <time dateTime={h.startedAt}>{new Date(h.startedAt).toLocaleString()}</time> ·{' '}
              {t('import.history.files', { count: h.fileNames.length })}: {h.fileNames.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function statusLabel(status: string): MessageKey {
  return `import.status.${status}` as MessageKey;
}

function BatchView({ batch }: { batch: ImportBatch }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="batch-title" className="batch" data-testid="import-batch">
      <h3 id="batch-title">
        {t('import.current', { id: batch.id })}:{' '}
        <span data-testid="import-status" data-status={batch.status}>
          {t(statusLabel(batch.status))}
        </span>
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('import.col.file')}</th>
            <th scope="col">{t('import.col.status')}</th>
            <th scope="col">{t('import.col.format')}</th>
            <th scope="col">{t('import.col.charset')}</th>
            <th scope="col">{t('import.col.progress')}</th>
            <th scope="col">{t('import.col.new')}</th>
            <th scope="col">{t('import.col.known')}</th>
            <th scope="col">{t('import.col.dropped')}</th>
            <th scope="col">{t('import.col.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {batch.files.map((f) => (
            <FileRow key={f.id} file={f} />
          ))}
        </tbody>
      </table>
      {batch.files
        .filter((f) => f.problems.length > 0 || f.failure)
        .map((f) => (
          <Problems key={f.id} file={f} />
        ))}
    </section>
  );
}

function FileRow({ file }: { file: ImportFile }) {
  const { t } = useI18n();
  const total = file.recordsTotal ?? 0;
  return (
    <tr>
      <th scope="row">{file.fileName}</th>
      <td>{t(statusLabel(file.status))}</td>
      <td>{file.format ?? t('common.none')}</td>
      <td>{file.charset ?? t('common.none')}</td>
      <td>
        <progress
          max={Math.max(total, 1)}
          value={file.status === 'finished' ? Math.max(total, 1) : file.recordsRead}
          aria-label={t('import.progress', { read: file.recordsRead, total: file.recordsTotal ?? '?' })}
        />{' '}
        {t('import.progress', { read: file.recordsRead, total: file.recordsTotal ?? '?' })}
      </td>
      <td>{file.recordsNew}</td>
      <td>{file.recordsKnown}</td>
      <td>{file.recordsDropped}</td>
      <td>{file.problemCount}</td>
    </tr>
  );
}

function Problems({ file }: { file: ImportFile }) {
  const { t } = useI18n();
  return (
    <details className="problems" open={file.problems.length <= 10}>
      <summary>{t('import.problems.title', { file: file.fileName })}</summary>
      {file.failure && <p className="error">{t('import.failure', { failure: file.failure })}</p>}
      <ol>
        {file.problems.map((p, i) => (
          <li key={i}>
            {p.recordNumber > 0 && t('import.problem.record', { record: p.recordNumber })}
            {p.line > 0 && <> · {t('import.problem.line', { line: p.line })}</>}
            {p.field && <> · <code>{p.field}</code></>} ·{' '}
            <strong>{p.fatal ? t('import.problem.fatal') : t('import.problem.warning')}</strong>: {p.reason}
          </li>
        ))}
      </ol>
    </details>
  );
}
