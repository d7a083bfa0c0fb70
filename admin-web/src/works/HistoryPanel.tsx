/**
 * The decisions about a work and its authorships, oldest first, each with actor, time, kind and
 * reason; an Undo button per event that no undo reverses yet (POST .../history/{event}/undo).
 */
import { useState } from 'react';
import { api } from '../api/client';
import type { WorkDetail, WorkEvent } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { canUndo } from './workView';

export function HistoryPanel({
  work,
  onDone,
}: {
  work: WorkDetail;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  async function undo(event: WorkEvent) {
    setError(undefined);
    try {
      await api.undoWorkDecision(work.workId, event.eventId,
        reason.trim() || t('work.undoDefaultReason'), event.itemVersion);
      onDone(t('work.undoDone', { event: event.eventId }));
    } catch (err) {
      setError(t('common.error', { message: (err as Error).message }));
    }
  }

  return (
    <section aria-labelledby="work-history">
      <h3 id="work-history">{t('work.history')}</h3>
      {work.history.length === 0 ? (
        <p>{t('work.historyEmpty')}</p>
      ) : (
        <>
          <label className="inline-form">
            {t('work.undoReason')}{' '}
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2048} />
          </label>
          <table data-testid="work-history">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('work.when')}</th>
                <th scope="col">{t('work.actor')}</th>
                <th scope="col">{t('work.kind')}</th>
                <th scope="col">{t('work.reason')}</th>
                <th scope="col">{t('work.action')}</th>
              </tr>
            </thead>
            <tbody>
              {work.history.map((e) => (
                <tr key={e.eventId} className={e.undone ? 'undone' : undefined}>
                  <th scope="row">{e.eventId}</th>
                  <td>{new Date(e.occurredAt).toLocaleString()}</td>
                  <td>{e.actor}</td>
                  <td>
                    {t(`work.event.${e.kind}` as MessageKey)}
                    {e.authorRank != null && <> · {t('work.rank', { rank: e.authorRank })}</>}
                    {e.reverses != null && <> · {t('work.reverses', { event: e.reverses })}</>}
                    {e.undone && <> · <span className="badge">{t('work.undone')}</span></>}
                  </td>
                  <td>
                    {[e.reasonCode, e.reason].filter(Boolean).join(': ')}
                    {e.evidence && <div className="alt">{e.evidence}</div>}
                  </td>
                  <td>
                    {canUndo(e) && (
                      <button type="button" className="secondary" onClick={() => undo(e)}
                        aria-label={t('work.undoEvent', { event: e.eventId })}>
                        {t('work.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
