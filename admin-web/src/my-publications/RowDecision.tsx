/**
 * A person's answer to one of their rows: confirm it, or reject it with a coded reason and words
 * (POST /me/publications/{rowId}/confirm or /reject). The answer is the row as HR now gets it.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, mine, REJECT_REASONS } from '../api/client';
import type { MyPublication, RejectReason } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';

export function RowDecision({
  publication,
  onDecided,
}: {
  publication: MyPublication;
  onDecided: (updated: MyPublication) => void;
}) {
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reasonCode, setReasonCode] = useState<RejectReason>(REJECT_REASONS[0]);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send(kind: 'confirm' | 'reject') {
    setError(undefined);
    setBusy(true);
    try {
      const updated =
        kind === 'confirm'
          ? await mine.confirm(publication.rowId, publication.decisionVersion)
          : await mine.reject(publication.rowId, reasonCode, comment.trim(), publication.decisionVersion);
      setDone(t(kind === 'confirm' ? 'mine.confirmed' : 'mine.rejected'));
      setRejecting(false);
      onDecided(updated);
    } catch (e) {
      // 409: someone (staff, or this person in another tab) decided this position in between.
      if (e instanceof ApiError && e.status === 409) setDone(t('mine.alreadyDecided'));
      else setError(t('common.error', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  function reject(e: FormEvent) {
    e.preventDefault();
    void send('reject');
  }

  return (
    <div className="row-decision">
      {done && (
        <p role="status" className="decided">
          {done}
        </p>
      )}
      {!rejecting && (
        <>
          <button type="button" disabled={busy} onClick={() => send('confirm')}>
            {t('mine.confirm')}
          </button>{' '}
          <button type="button" className="secondary" disabled={busy} onClick={() => setRejecting(true)}>
            {t('mine.reject')}
          </button>
        </>
      )}
      {rejecting && (
        <form onSubmit={reject} className="inline-form">
          <label>
            {t('mine.reasonCode')}{' '}
            <select
              name="reasonCode"
              value={reasonCode}
              onChange={(e) => setReasonCode(e.target.value as RejectReason)}
              autoFocus
            >
              {REJECT_REASONS.map((code) => (
                <option key={code} value={code}>
                  {t(`mine.reason.${code}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('mine.reason')}{' '}
            <input name="comment" value={comment} maxLength={2048} onChange={(e) => setComment(e.target.value)} />
          </label>{' '}
          <button type="submit" disabled={busy}>
            {t('mine.sendReject')}
          </button>{' '}
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
