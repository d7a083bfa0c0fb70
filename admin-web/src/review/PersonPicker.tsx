/**
 * Reassign: search people by code or part of a name (GET /review/people), then choose one. The
 * search field takes focus; Escape goes back to the item.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { reviewApi } from '../api/client';
import type { ReviewPerson } from '../api/client';
import { useI18n } from '../i18n';
import { personName } from './queue';

export function PersonPicker({
  onChoose,
  onCancel,
}: {
  onChoose: (person: ReviewPerson) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ReviewPerson[]>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  async function search(e: FormEvent) {
    e.preventDefault();
    if (!q.trim()) return;
    setError(undefined);
    try {
      setFound(await reviewApi.people(q.trim()));
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  function escape(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  }

  return (
    <div className="person-picker" onKeyDown={escape}>
      <form onSubmit={search} className="inline-form">
        <label>
          {t('review.people.search')}{' '}
          <input ref={input} value={q} onChange={(e) => setQ(e.target.value)} name="q" type="search" />
        </label>{' '}
        <button type="submit">{t('review.people.find')}</button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {found && found.length === 0 && <p role="status">{t('review.people.none')}</p>}
      {found && found.length > 0 && (
        <ul className="people-found">
          {found.map((p) => (
            <li key={p.code}>
              <button type="button" className="link" onClick={() => onChoose(p)}>
                {t('review.people.choose', {
                  name: personName(p),
                  code: p.code,
                  unit: p.unitName ?? p.unitCode ?? '',
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
