/**
 * The verification workbench (核验): the review queue, filtered by unit, kind and score band; the
 * current item's proposed decision beside every source record (differences marked), the proposed
 * person's profile and the evidence in words. One key per answer: a accept, r reject (then a
 * reason), s skip, n next, p previous, g reassign through a person search. A possible duplicate
 * shows both works' records side by side; a is "same work" (a merge), r "different works" (kept
 * apart, no reason asked). Items are loaded a page ahead, so the next one is there at once; a
 * decided item leaves the list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiError, reviewApi } from '../api/client';
import type { ReviewDecision, ReviewFilter, ReviewItem, ReviewOutcome } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { useAsync } from '../shell/useAsync';
import {
  appendPage,
  decisionsPerHour,
  keyCommand,
  parseScore,
  REJECT_REASONS,
  shouldPrefetch,
  withoutDecided,
} from './queue';
import { ReviewItemView } from './ReviewItemView';
import { ReasonPicker } from './ReasonPicker';
import { PersonPicker } from './PersonPicker';

const PAGE = 20;

type Mode = 'idle' | 'reject' | 'reassign' | 'busy';

export function ReviewScreen() {
  const { t } = useI18n();
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState('');
  const [minScore, setMinScore] = useState('');
  const [maxScore, setMaxScore] = useState('');
  const [filter, setFilter] = useState<ReviewFilter>({});
  const [filterError, setFilterError] = useState<string>();

  const [items, setItems] = useState<ReviewItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [mode, setMode] = useState<Mode>('idle');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkReason, setBulkReason] = useState<string>(REJECT_REASONS[0]);
  const [times, setTimes] = useState<number[]>([]);
  const [now, setNow] = useState(Date.now());
  const fetching = useRef(false);
  const workbench = useRef<HTMLDivElement>(null);
  // The items as last rendered: a decision's answer arrives after prefetches may have added some.
  const held = useRef<ReviewItem[]>(items);
  held.current = items;
  const units = useAsync(() => api.units(), []);

  // The first page whenever the filter changes.
  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    reviewApi.items(filter, null, PAGE).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setTotal(page.total);
        setCurrent(0);
        setSelected(new Set());
        setLoading(false);
      },
      (e: Error) => {
        if (!live) return;
        setError(t('common.error', { message: e.message }));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [filter, t]);

  // Prefetch: the next page while a few items are still ahead.
  useEffect(() => {
    if (loading || fetching.current || !shouldPrefetch(current, items.length, cursor !== null)) return;
    fetching.current = true;
    reviewApi
      .items(filter, cursor, PAGE)
      .then((page) => {
        setItems((held) => appendPage(held, page.items));
        setCursor(page.nextCursor);
        setTotal(page.total);
      })
      .catch((e: Error) => setError(t('common.error', { message: e.message })))
      .finally(() => {
        fetching.current = false;
      });
  }, [current, items.length, cursor, loading, filter, t]);

  // The rate is shown per minute of wall time.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const item: ReviewItem | undefined = items[current];

  /** Items answered (recorded, or settled by someone else) leave the list. */
  const settle = useCallback(
    (keys: string[], recorded: number) => {
      const gone = new Set(keys);
      const next = withoutDecided(held.current, current, gone);
      setItems(next.items);
      setCurrent(next.current);
      setSelected((s) => new Set([...s].filter((k) => !gone.has(k))));
      setTotal((n) => Math.max(0, n - keys.length));
      if (recorded > 0) {
        const stamp = Date.now();
        setTimes((ts) => [...ts, ...Array<number>(recorded).fill(stamp)]);
        setNow(stamp);
      }
    },
    [current],
  );

  const decide = useCallback(
    async (target: ReviewItem, decision: Omit<ReviewDecision, 'version'>, done: MessageKey) => {
      setMode('busy');
      try {
        await reviewApi.decide(target.key, { ...decision, version: target.version });
        settle([target.key], 1);
        setStatus(t(done, { title: target.title ?? target.workId }));
      } catch (e) {
        if (e instanceof ApiError && (e.status === 409 || e.status === 404)) {
          settle([target.key], 0); // someone else answered it, or it left the queue
          setStatus(t('review.conflict', { title: target.title ?? target.workId }));
        } else {
          setStatus(t('common.error', { message: (e as Error).message }));
        }
      } finally {
        setMode('idle');
        workbench.current?.focus();
      }
    },
    [settle, t],
  );

  const duplicate = item?.kind === 'duplicate';

  const accept = useCallback(() => {
    if (!item) return;
    if (item.kind === 'duplicate') {
      void decide(item, { action: 'accept' }, 'dup.merged'); // same work: a merge
      return;
    }
    if (!item.person) return;
    void decide(item, { action: 'accept' }, 'review.accepted');
  }, [item, decide]);

  /** r: an attribution asks for a reason first; a possible duplicate is kept apart at once. */
  const reject = useCallback(() => {
    if (!item) return;
    if (item.kind === 'duplicate') void decide(item, { action: 'reject' }, 'dup.keptApart');
    else setMode('reject');
  }, [item, decide]);

  const skip = useCallback(() => {
    if (!item) return;
    // Skipped items go to the end of this session's list: decide them later.
    setItems((held) => [...held.filter((i) => i.key !== item.key), item]);
    setStatus(t('review.skipped'));
  }, [item, t]);

  const move = useCallback(
    (by: number) => setCurrent((c) => Math.max(0, Math.min(items.length - 1, c + by))),
    [items.length],
  );

  // The keyboard: one key per answer while no picker is open.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (mode !== 'idle' || !item) return;
      const target = e.target as HTMLElement;
      const field =
        target.tagName === 'TEXTAREA' ||
        target.tagName === 'SELECT' ||
        (target.tagName === 'INPUT' && !['checkbox', 'radio'].includes((target as HTMLInputElement).type));
      const command = keyCommand(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }, field);
      if (!command) return;
      e.preventDefault();
      if (command === 'accept') accept();
      else if (command === 'reject') reject();
      else if (command === 'reassign') {
        if (item.kind !== 'duplicate') setMode('reassign');
      }
      else if (command === 'skip') skip();
      else if (command === 'next') move(1);
      else if (command === 'previous') move(-1);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode, item, accept, reject, skip, move]);

  function applyFilter(e: FormEvent) {
    e.preventDefault();
    const min = parseScore(minScore);
    const max = parseScore(maxScore);
    if (min === 'invalid' || max === 'invalid') {
      setFilterError(t('review.filter.badScore'));
      return;
    }
    if (min !== undefined && max !== undefined && min > max) {
      setFilterError(t('review.filter.badBand'));
      return;
    }
    setFilterError(undefined);
    setFilter({
      unit: unit.trim() || undefined,
      kind: kind === 'attribution' || kind === 'duplicate' ? kind : undefined,
      minScore: min,
      maxScore: max,
    });
  }

  async function bulk(action: 'accept' | 'reject') {
    const chosen = items.filter(
      (i) => selected.has(i.key) && (action === 'reject' || i.person || i.kind === 'duplicate'),
    );
    if (chosen.length === 0) return;
    setMode('busy');
    try {
      const answer = await reviewApi.decideAll(
        chosen.map((i) => ({
          key: i.key,
          version: i.version,
          action,
          // a possible duplicate kept apart needs no reason code
          reasonCode: action === 'reject' && i.kind !== 'duplicate' ? bulkReason : undefined,
        })),
      );
      const settled = answer.outcomes.filter((o: ReviewOutcome) => o.status !== 'invalid');
      settle(
        settled.map((o) => o.key),
        answer.recorded,
      );
      setStatus(
        t('review.bulk.done', {
          recorded: answer.recorded,
          conflicts: answer.outcomes.length - answer.recorded,
        }),
      );
    } catch (e) {
      setStatus(t('common.error', { message: (e as Error).message }));
    } finally {
      setMode('idle');
    }
  }

  const rate = decisionsPerHour(times, now);
  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title">{t('review.title')}</h2>
      <p>{t('review.intro')}</p>
      <form onSubmit={applyFilter} className="toolbar" aria-label={t('review.filter.label')}>
        <label>
          {t('review.filter.unit')}{' '}
          <select value={unit} onChange={(e) => setUnit(e.target.value)} name="unit">
            <option value="">{t('review.unit.all')}</option>
            {(units.value ?? []).map((u) => (
              <option key={u.code} value={u.code}>
                {(u.nameZh ?? u.nameEn ?? u.code) + ` (${u.code})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.filter.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value)} name="kind">
            <option value="">{t('review.kind.all')}</option>
            <option value="attribution">{t('review.kind.attribution')}</option>
            <option value="duplicate">{t('review.kind.duplicate')}</option>
          </select>
        </label>
        <label>
          {t('review.filter.minScore')}{' '}
          <input value={minScore} onChange={(e) => setMinScore(e.target.value)} size={4} inputMode="decimal" name="minScore" />
        </label>
        <label>
          {t('review.filter.maxScore')}{' '}
          <input value={maxScore} onChange={(e) => setMaxScore(e.target.value)} size={4} inputMode="decimal" name="maxScore" />
        </label>
        <button type="submit">{t('review.filter.apply')}</button>
        {filterError && <span role="alert" className="error">{filterError}</span>}
      </form>
      <p className="review-meta">
        <span data-testid="review-total">{t('review.total', { count: total })}</span>
        {' · '}
        <span data-testid="review-rate">{t('review.rate', { count: times.length, rate })}</span>
      </p>
      <p className="visually-hidden" id="review-keys">{t('review.keys')}</p>
      <p aria-live="polite" role="status" data-testid="review-status" className="review-status">
        {status}
      </p>
      {error && <p role="alert" className="error">{error}</p>}
      {loading && <p>{t('common.loading')}</p>}
      {!loading && items.length === 0 && !error && (
        <p data-testid="review-empty">{t('review.empty')}</p>
      )}
      {items.length > 0 && (
        <div className="review-layout">
          <div className="review-list">
            <fieldset className="review-bulk">
              <legend>{t('review.bulk.legend', { count: selected.size })}</legend>
              <button type="button" onClick={() => bulk('accept')} disabled={selected.size === 0 || mode !== 'idle'}>
                {t('review.bulk.accept')}
              </button>{' '}
              <label>
                {t('review.reasonCode')}{' '}
                <select value={bulkReason} onChange={(e) => setBulkReason(e.target.value)}>
                  {REJECT_REASONS.map((code) => (
                    <option key={code} value={code}>
                      {t(`review.reason.${code}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button type="button" className="secondary" onClick={() => bulk('reject')} disabled={selected.size === 0 || mode !== 'idle'}>
                {t('review.bulk.reject')}
              </button>
            </fieldset>
            <ol data-testid="review-list">
              {items.map((i, n) => (
                <li key={i.key} className={n === current ? 'current' : undefined}>
                  <input
                    type="checkbox"
                    checked={selected.has(i.key)}
                    aria-label={t('review.select', { title: i.title ?? i.workId })}
                    onChange={(e) =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(i.key);
                        else next.delete(i.key);
                        return next;
                      })
                    }
                  />{' '}
                  <button type="button" className="link" aria-current={n === current ? 'true' : undefined} onClick={() => setCurrent(n)}>
                    {(i.title ?? i.workId).slice(0, 60)} ·{' '}
                    {i.kind === 'duplicate' ? t('dup.listLabel') : i.authorName} · {i.score.toFixed(2)}
                  </button>
                </li>
              ))}
            </ol>
          </div>
          {item && (
            <div
              className="review-current"
              ref={workbench}
              tabIndex={-1}
              aria-describedby="review-keys"
              aria-label={t('review.current', { title: item.title ?? item.workId })}
            >
              <div className="review-actions" role="toolbar" aria-label={t('review.actions')}>
                <button type="button" aria-keyshortcuts="a" onClick={accept} disabled={mode !== 'idle' || (!item.person && !duplicate)}>
                  {t(duplicate ? 'dup.same' : 'review.accept')}
                </button>
                <button type="button" aria-keyshortcuts="r" className="secondary" onClick={reject} disabled={mode !== 'idle'}>
                  {t(duplicate ? 'dup.different' : 'review.reject')}
                </button>
                {!duplicate && (
                  <button type="button" aria-keyshortcuts="g" className="secondary" onClick={() => setMode('reassign')} disabled={mode !== 'idle'}>
                    {t('review.reassign')}
                  </button>
                )}
                <button type="button" aria-keyshortcuts="s" className="secondary" onClick={skip} disabled={mode !== 'idle'}>
                  {t('review.skip')}
                </button>
                <button type="button" aria-keyshortcuts="n" className="secondary" onClick={() => move(1)} disabled={mode !== 'idle'}>
                  {t('review.next')}
                </button>
              </div>
              {mode === 'reject' && (
                <ReasonPicker
                  onChoose={(reasonCode, reason) =>
                    void decide(item, { action: 'reject', reasonCode, reason }, 'review.rejected')
                  }
                  onCancel={() => {
                    setMode('idle');
                    workbench.current?.focus();
                  }}
                />
              )}
              {mode === 'reassign' && (
                <PersonPicker
                  onChoose={(person) =>
                    void decide(item, { action: 'reassign', personCode: person.code }, 'review.reassigned')
                  }
                  onCancel={() => {
                    setMode('idle');
                    workbench.current?.focus();
                  }}
                />
              )}
              <ReviewItemView item={item} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
