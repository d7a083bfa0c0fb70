/**
 * My publications, for the signed-in faculty member or student (GET /me/publications): each of
 * their rows of the one table with its status and, exactly, the row HR gets (every column of the
 * contract, in its order); confirm it or reject it with a reason (RowDecision); add a publication
 * no export has (AddPublicationForm), listed below until the pipeline has made it a row.
 */
import { useEffect, useState } from 'react';
import { mine } from '../api/client';
import type { MyPublication, MyPublications } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';
import { RowDecision } from './RowDecision';
import { AddPublicationForm } from './AddPublicationForm';

export function MyPublicationsScreen() {
  const { t } = useI18n();
  const loaded = useAsync(() => mine.list(), []);
  const [data, setData] = useState<MyPublications>();
  useEffect(() => setData(loaded.value), [loaded.value]);

  /** A decision's answer replaces the row: the person sees at once what HR now gets. */
  function decided(updated: MyPublication) {
    setData((d) => d && { ...d, rows: d.rows.map((p) => (p.rowId === updated.rowId ? updated : p)) });
  }

  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t('mine.title')}</h2>
      <p>{t('mine.intro')}</p>
      {loaded.error && (
        <p role="alert" className="error">
          {t('common.error', { message: loaded.error.message })}
        </p>
      )}
      {!data && loaded.loading && <p>{t('common.loading')}</p>}
      {data && (
        <>
          <p aria-live="polite" data-testid="mine-count">
            {data.rows.length === 0
              ? t('mine.none', { name: data.name ?? data.personCode })
              : t('mine.count', { name: data.name ?? data.personCode, count: data.rows.length })}
          </p>
          <ol className="my-rows" data-testid="my-rows">
            {data.rows.map((p) => (
              <li key={p.rowId} data-row-id={p.rowId} data-status={p.status}>
                <h3>{p.row.title}</h3>
                {p.row.title_alt && <p className="alt">{p.row.title_alt}</p>}
                <p>
                  {[p.row.source_title, p.row.year, p.row.doi].filter(Boolean).join(' · ')} ·{' '}
                  {t('publish.col.rank')} {p.row.author_rank}
                  {p.row.is_first_author && <> · {t('publish.role.first')}</>}
                  {p.row.is_corresponding && <> · {t('publish.role.corresponding')}</>}
                </p>
                <p>
                  {t('publish.col.status')}:{' '}
                  <strong className={`status status-${p.status}`} data-testid="row-status">
                    {t(`publish.status.${p.status}` as MessageKey)}
                  </strong>
                </p>
                <RowDecision publication={p} onDecided={decided} />
                <details>
                  <summary>{t('mine.hrRow')}</summary>
                  <table className="hr-row">
                    <thead>
                      <tr>
                        <th scope="col">{t('mine.column')}</th>
                        <th scope="col">{t('mine.value')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(p.row).map(([column, value]) => (
                        <tr key={column}>
                          <th scope="row">
                            <code>{column}</code>
                          </th>
                          <td>{value === null ? '' : String(value)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </li>
            ))}
          </ol>
          <AddPublicationForm onAdded={loaded.reload} />
          {data.submitted.length > 0 && (
            <>
              <h3 id="mine-submitted">{t('mine.submitted')}</h3>
              <ul aria-labelledby="mine-submitted" data-testid="mine-submitted">
                {data.submitted.map((s) => (
                  <li key={s.id}>
                    {s.title}
                    {s.year ? ` (${s.year})` : ''} —{' '}
                    {s.workId ? t('mine.submitted.inWork', { work: s.workId }) : t('mine.submitted.waiting')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
