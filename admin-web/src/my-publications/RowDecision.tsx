/**
 * A person's answer to one of their rows: confirm it, or reject it with a coded reason and words
 * (POST /api/v1/decisions). The next pipeline run applies it and no run overrides it.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { TableRow } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';

const REJECT_REASONS = ['not_me', 'not_affiliated'] as const;

export function RowDecision({ row }: { row: TableRow }) {
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reasonCode, setReasonCode] = useState<string>(REJECT_REASONS[0]);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();

  async function send(kind: 'confirm' | 'reject') {
    setError(undefined);
    try {
      await api.decide(row.person_id, {
        kind,
        workId: row.work_id,
        authorRank: row.author_rank,
        personId: row.person_id,
        reasonCode: kind === 'reject' ? reasonCode : undefined,
        reason: kind === 'reject' && reason.trim() ? reason.trim() : undefined,
        expectedVersion: 0,
      });
      setDone(t(kind === 'confirm' ? 'mine.confirmed' : 'mine.rejected'));
      setRejecting(false);
    } catch (e) {
      // 409: a decision on this author position came first (staff, or this person earlier).
      if (e instanceof ApiError && e.status === 409) setDone(t('mine.alreadyDecided'));
      else setError(t('common.error', { message: (e as Error).message }));
    }
  }

  function reject(e: FormEvent) {
    e.preventDefault();
    void send('reject');
  }

  if (done) return <p role="status" className="decided">{done}</p>;
  return (
    <div className="row-decision">
      {!rejecting && (
        <>
          <button type="button" onClick={() => send('confirm')}>
            {t('mine.confirm')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setRejecting(true)}>
            {t('mine.reject')}
          </button>
        </>
      )}
      {rejecting && (
        <form onSubmit={reject} className="inline-form">
          <label>
            {t('mine.reasonCode')}{' '}
            <select value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
              {REJECT_REASONS.map((code) => (
                <option key={code} value={code}>
                  {t(`mine.reason.${code}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('mine.reason')}{' '}
            <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </label>{' '}
          <button type="submit">{t('mine.sendReject')}</button>{' '}
          <button type="button" className="secondary" onClick={() => setRejecting(false)}>
            {t('mine.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
