/**
 * A work's source records side by side: where each was read (file, record, lines, batch), the
 * normalised fields with the disagreements highlighted, the verbatim text behind a disclosure,
 * and a checkbox per record to split records out (POST .../split).
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/client';
import type { WorkDetail } from '../api/client';
import { useI18n } from '../i18n';
import { canSplit, differingFields } from './workView';

export function SourcesPanel({
  work,
  onDone,
}: {
  work: WorkDetail;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const differing = differingFields(work.sources);

  function toggle(id: number) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  async function split(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await api.splitWork(work.workId, [...selected], reason.trim(), work.version);
      setSelected(new Set());
      setReason('');
      onDone(t('work.splitDone'));
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  return (
    <section aria-labelledby="work-sources">
      <h3 id="work-sources">{t('work.sources', { count: work.sources.length })}</h3>
      <div className="work-sources" data-testid="work-sources">
        {work.sources.map((s) => (
          <article key={s.recordId} id={`record-${s.recordId}`} className="work-source" aria-label={`${s.database} ${s.fileName}#${s.recordNumber}`}>
            <h4>
              <span className={`badge db-${s.database.toLowerCase()}`}>{s.database}</span>{' '}
              {s.fileName}#{s.recordNumber}
            </h4>
            <p className="alt">
              {t('work.place', { first: s.firstLine, last: s.lastLine, batch: s.batchId, format: s.format })}
              {s.naturalKey && <> · {s.naturalKey}</>}
            </p>
            <dl className="normalised">
              {Object.entries(s.normalised).map(([name, value]) => (
                <div key={name} className={differing.has(name) ? 'differs' : undefined}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
              {s.authors.length > 0 && (
                <div>
                  <dt>{t('work.authors')}</dt>
                  <dd>{s.authors.join('; ')}</dd>
                </div>
              )}
            </dl>
            {s.readings.length > 1 && (
              <p className="alt">
                {t('work.readings', { count: s.readings.length })}:{' '}
                {s.readings.map((r) => `${r.fileName}#${r.recordNumber}`).join(', ')}
              </p>
            )}
            <details>
              <summary>{t('work.verbatim')}</summary>
              <pre className="verbatim" tabIndex={0}
                aria-label={`${t('work.verbatim')} ${s.fileName}#${s.recordNumber}`}>
                {s.verbatimText}
              </pre>
            </details>
            <label className="split-pick">
              <input
                type="checkbox"
                checked={selected.has(s.recordId)}
                onChange={() => toggle(s.recordId)}
                data-testid={`split-pick-${s.recordId}`}
              />{' '}
              {t('work.pickForSplit', { record: `${s.fileName}#${s.recordNumber}` })}
            </label>
          </article>
        ))}
      </div>
      {work.sources.length > 1 && (
        <form onSubmit={split} className="inline-form" aria-label={t('work.splitTitle')}>
          <label>
            {t('work.splitReason')}{' '}
            <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2048} />
          </label>{' '}
          <button type="submit" disabled={!canSplit(selected, work.sources) || !reason.trim()}>
            {t('work.split')}
          </button>
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
