/**
 * The work screen (#/work/<id>): the merged fields with the source and rule behind each value,
 * all source records side by side, the authorships with their evidence, the rows HR gets, merge
 * with another work, split records out, and the history of decisions with undo. Without an id it
 * offers a search by DOI or title.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/client';
import type { WorkSummary } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';
import { HistoryPanel } from './HistoryPanel';
import { SourcesPanel } from './SourcesPanel';
import { WorkSearch } from './WorkSearch';
import { provenanceLabel, workHref, workIdFromHash } from './workView';

const ROW_COLUMNS = ['row_id', 'person_id', 'person_name', 'unit_id', 'author_rank', 'status', 'confidence', 'version'];

function useWorkId(): string | null {
  const [id, setId] = useState(() => workIdFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setId(workIdFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

export function WorkScreen() {
  const { t } = useI18n();
  const id = useWorkId();
  if (!id) {
    return (
      <section aria-labelledby="work-title">
        <h2 id="work-title">{t('work.title')}</h2>
        <WorkSearch label={t('work.find')} action={(w) => <a href={workHref(w.workId)}>{t('work.open')}</a>} />
      </section>
    );
  }
  return <WorkView id={id} />;
}

function WorkView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  // read again in the other language when it changes: the evidence is written by the server
  const work = useAsync(() => api.work(id), [id, locale]);
  const [message, setMessage] = useState<string>();

  function done(text: string) {
    setMessage(text);
    work.reload();
  }

  if (work.error) {
    return (
      <p role="alert" className="error">
        {t('common.error', { message: work.error.message })}
      </p>
    );
  }
  if (!work.value) return <p>{t('common.loading')}</p>;
  const w = work.value;
  const title = w.fields.find((f) => f.field === 'title')?.value ?? w.workId;

  return (
    <section aria-labelledby="work-title" data-testid="work-screen">
      <p><a href="#/work">{t('work.back')}</a></p>
      <h2 id="work-title">{title}</h2>
      <p className="alt">
        {t('work.idLine', { id: w.workId, status: t(`work.status.${w.status}` as MessageKey), version: w.version })}
        {w.mergedInto && <> · <a href={workHref(w.mergedInto)}>{t('work.mergedInto', { id: w.mergedInto })}</a></>}
      </p>
      {w.successors.length > 0 && (
        <p data-testid="work-successors">
          {t('work.successors')}{' '}
          {w.successors.map((s) => <a key={s} href={workHref(s)} className="successor">{s}</a>)}
        </p>
      )}
      {message && <p role="status" className="decided">{message}</p>}
      <ApplyNow onDone={done} />

      <section aria-labelledby="work-fields">
        <h3 id="work-fields">{t('work.fields')}</h3>
        {w.fields.length === 0 ? (
          <p>{t('work.fieldsMissing')}</p>
        ) : (
          <table data-testid="work-fields">
            <thead>
              <tr>
                <th scope="col">{t('work.field')}</th>
                <th scope="col">{t('work.value')}</th>
                <th scope="col">{t('work.provenance')}</th>
              </tr>
            </thead>
            <tbody>
              {w.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">{f.field}</th>
                  <td>{f.value}</td>
                  <td>
                    {f.sources.map((s) => (
                      <a key={s.key} className={`badge db-${(s.database ?? 'other').toLowerCase()}`}
                        href={s.recordId != null ? `#record-${s.recordId}` : undefined}
                        onClick={(e) => {
                          e.preventDefault();
                          document.getElementById(`record-${s.recordId}`)?.scrollIntoView();
                        }}
                        title={f.rule}>
                        {provenanceLabel({ ...f, sources: [s] })}
                      </a>
                    ))}
                    <div className="alt">{f.rule}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {w.evidence.length > 0 && (
          <>
            <h4>{t('work.evidence')}</h4>
            <ul>{w.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
          </>
        )}
      </section>

      <SourcesPanel work={w} onDone={done} />

      <section aria-labelledby="work-authorships">
        <h3 id="work-authorships">{t('work.authorships')}</h3>
        {w.authorships.length === 0 ? (
          <p>{t('work.authorshipsNone')}</p>
        ) : (
          <table data-testid="work-authorships">
            <thead>
              <tr>
                <th scope="col">{t('work.rankCol')}</th>
                <th scope="col">{t('work.author')}</th>
                <th scope="col">{t('work.person')}</th>
                <th scope="col">{t('work.unit')}</th>
                <th scope="col">{t('work.outcome')}</th>
                <th scope="col">{t('work.score')}</th>
                <th scope="col">{t('work.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {w.authorships.map((a) => (
                <tr key={`${a.authorRank}-${a.personCode}`}>
                  <th scope="row">{a.authorRank}</th>
                  <td>{a.authorName}</td>
                  <td>{a.personName} <small>{a.personCode}</small></td>
                  <td>{a.unitName} <small>{a.unitCode}</small></td>
                  <td>{t(`work.outcome.${a.outcome}` as MessageKey)}</td>
                  <td>{a.score.toFixed(2)}</td>
                  <td>{a.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="work-rows">
        <h3 id="work-rows">{t('work.rows')}</h3>
        {w.rows.length === 0 ? (
          <p>{t('work.rowsNone')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="work-rows">
            <table>
              <thead>
                <tr>{ROW_COLUMNS.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
              </thead>
              <tbody>
                {w.rows.map((r) => (
                  <tr key={r.row_id}>{ROW_COLUMNS.map((c) => <td key={c}>{r[c]}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <MergePanel workId={w.workId} version={w.version} onDone={done} />
      <HistoryPanel work={w} onDone={done} />
    </section>
  );
}

/**
 * Decisions take effect at the next pipeline run; staff who want to see one at once run it here
 * (POST /api/v1/pipeline/runs), as the table screen does.
 */
function ApplyNow({ onDone }: { onDone: (m: string) => void }) {
  const { t } = useI18n();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();

  async function run() {
    setRunning(true);
    setError(undefined);
    try {
      const r = await api.runPipeline();
      onDone(t('work.applied', { works: r.works, millis: r.millis }));
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    } finally {
      setRunning(false);
    }
  }

  return (
    <p>
      <button type="button" className="secondary" onClick={run} disabled={running}>
        {running ? t('work.applying') : t('work.apply')}
      </button>
      {error && <span role="alert" className="error"> {error}</span>}
    </p>
  );
}

/** Merge another work into this one: find it, give a reason, confirm. */
function MergePanel({ workId, version, onDone }: { workId: string; version: number; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const [other, setOther] = useState<WorkSummary>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  async function merge(e: FormEvent) {
    e.preventDefault();
    if (!other) return;
    setError(undefined);
    try {
      await api.mergeWork(workId, other.workId, reason.trim(), version);
      setOther(undefined);
      setReason('');
      onDone(t('work.mergeDone', { id: other.workId }));
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  return (
    <section aria-labelledby="work-merge">
      <h3 id="work-merge">{t('work.merge')}</h3>
      <WorkSearch label={t('work.mergeFind')} exclude={workId}
        action={(w) => (
          <button type="button" className="secondary" onClick={() => setOther(w)}
            aria-label={t('work.mergePickLabel', { title: w.title ?? w.workId })}>
            {t('work.mergePick')}
          </button>
        )} />
      {other && (
        <form onSubmit={merge} className="inline-form" aria-label={t('work.merge')}>
          <p>{t('work.mergeWith', { title: other.title ?? other.workId })}</p>
          <label>
            {t('work.mergeReason')}{' '}
            <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2048} autoFocus />
          </label>{' '}
          <button type="submit" disabled={!reason.trim()}>{t('work.mergeConfirm')}</button>{' '}
          <button type="button" className="secondary" onClick={() => setOther(undefined)}>{t('work.cancel')}</button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
