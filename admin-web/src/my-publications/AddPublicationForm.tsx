/**
 * Adds a publication no export has (POST /me/publications): title, year, journal, DOI, the authors
 * one per line, and which of them the person is. It is stored as a source record entered by hand
 * and becomes a row after the pipeline run that starts in the background.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { mine } from '../api/client';
import { useI18n } from '../i18n';

export function AddPublicationForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [journal, setJournal] = useState('');
  const [doi, setDoi] = useState('');
  const [authors, setAuthors] = useState('');
  const [rank, setRank] = useState('1');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(undefined);
    setError(undefined);
    try {
      await mine.add({
        title: title.trim(),
        year: year ? Number(year) : undefined,
        journal: journal.trim() || undefined,
        doi: doi.trim() || undefined,
        authors: authors.split('\n').map((a) => a.trim()).filter(Boolean),
        myAuthorRank: Number(rank) || 1,
      });
      setMessage(t('mine.add.done'));
      setTitle('');
      setYear('');
      setJournal('');
      setDoi('');
      setAuthors('');
      setRank('1');
      onAdded();
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="add-publication" aria-labelledby="mine-add-title" data-testid="mine-add">
      <h3 id="mine-add-title">{t('mine.add.title')}</h3>
      <p>
        <label>
          {t('mine.add.field.title')}
          <br />
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={2000} size={60} />
        </label>
      </p>
      <p>
        <label>
          {t('mine.add.field.year')}{' '}
          <input name="year" type="number" min={1900} max={2200} value={year} onChange={(e) => setYear(e.target.value)} />
        </label>{' '}
        <label>
          {t('mine.add.field.journal')}{' '}
          <input name="journal" value={journal} onChange={(e) => setJournal(e.target.value)} maxLength={1000} size={30} />
        </label>{' '}
        <label>
          {t('mine.add.field.doi')}{' '}
          <input name="doi" value={doi} onChange={(e) => setDoi(e.target.value)} maxLength={255} placeholder="10.xxxx/…" />
        </label>
      </p>
      <p>
        <label>
          {t('mine.add.field.authors')}
          <br />
          <textarea name="authors" rows={4} cols={40} value={authors} onChange={(e) => setAuthors(e.target.value)} required />
        </label>
      </p>
      <p>
        <label>
          {t('mine.add.field.rank')}{' '}
          <input name="myAuthorRank" type="number" min={1} value={rank} onChange={(e) => setRank(e.target.value)} />
        </label>
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t('common.loading') : t('mine.add.submit')}
      </button>
      {message && <p role="status">{message}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
