/**
 * Finds works by DOI or title words (GET /api/v1/works?query=). Used twice: to open a work, and
 * as the merge picker, where `action` renders the button beside each result.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { api } from '../api/client';
import type { WorkSummary } from '../api/client';
import { useI18n } from '../i18n';

export function WorkSearch({
  label,
  action,
  exclude,
}: {
  label: string;
  action: (work: WorkSummary) => ReactNode;
  exclude?: string;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<WorkSummary[]>();
  const [error, setError] = useState<string>();

  async function search(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      setResults((await api.searchWorks(query.trim())).filter((w) => w.workId !== exclude));
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  return (
    <div className="work-search">
      <form onSubmit={search} className="inline-form" role="search">
        <label>
          {label}{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} required />
        </label>{' '}
        <button type="submit">{t('work.search')}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {results && results.length === 0 && <p role="status">{t('work.searchNone')}</p>}
      {results && results.length > 0 && (
        <ul className="work-results" aria-label={t('work.searchResults')}>
          {results.map((w) => (
            <li key={w.workId}>
              <span className="work-result-title">{w.title ?? w.workId}</span>{' '}
              <small>
                {[w.year, w.doi, t('work.recordCount', { count: w.records })].filter(Boolean).join(' · ')}
              </small>{' '}
              {action(w)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
