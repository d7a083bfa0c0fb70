/**
 * The reason of a reject, chosen with the keyboard: focus lands on the first reason, the arrow
 * keys move between reasons, Enter sends, Escape goes back to the item.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { REJECT_REASONS } from './queue';

export function ReasonPicker({
  onChoose,
  onCancel,
}: {
  onChoose: (reasonCode: string, reason?: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState<string>(REJECT_REASONS[0]);
  const [reason, setReason] = useState('');
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  function send(e: FormEvent) {
    e.preventDefault();
    onChoose(code, reason.trim() || undefined);
  }

  function keys(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.target as HTMLInputElement).type === 'radio') {
      // a radio button does not submit its form on Enter by itself
      e.preventDefault();
      onChoose(code, reason.trim() || undefined);
    }
  }

  return (
    <form onSubmit={send} onKeyDown={keys} className="reason-picker" data-testid="reason-picker">
      <fieldset>
        <legend>{t('review.reasonCode')}</legend>
        {REJECT_REASONS.map((c, n) => (
          <label key={c} className="reason">
            <input
              ref={n === 0 ? first : undefined}
              type="radio"
              name="reasonCode"
              value={c}
              checked={code === c}
              onChange={() => setCode(c)}
            />{' '}
            {t(`review.reason.${c}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('review.reason')}{' '}
        <input value={reason} onChange={(e) => setReason(e.target.value)} name="reason" />
      </label>{' '}
      <button type="submit">{t('review.sendReject')}</button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('review.cancel')}
      </button>
    </form>
  );
}
