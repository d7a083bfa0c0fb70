/**
 * One review item: the proposed decision and the person's profile, the evidence in words, and
 * every source record side by side (fields that differ between sources marked), each with its
 * verbatim text. A possible duplicate shows both works' source records side by side instead,
 * each column headed by its work, with the evidence the engine weighed.
 */
import type { ReviewItem } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { compareSources, personName } from './queue';

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'review.field.title',
  titleAlt: 'review.field.titleAlt',
  sourceTitle: 'review.field.sourceTitle',
  year: 'review.field.year',
  doi: 'review.field.doi',
  author: 'review.field.author',
  authorFullName: 'review.field.authorFullName',
  authorNativeName: 'review.field.authorNativeName',
  affiliations: 'review.field.affiliations',
  emails: 'review.field.emails',
  orcid: 'review.field.orcid',
  corresponding: 'review.field.corresponding',
  authors: 'review.field.authors',
  conference: 'dup.field.conference',
  volume: 'dup.field.volume',
  issue: 'dup.field.issue',
  pages: 'dup.field.pages',
  documentType: 'dup.field.documentType',
  language: 'dup.field.language',
};

export function ReviewItemView({ item }: { item: ReviewItem }) {
  if (item.kind === 'duplicate') return <DuplicateItemView item={item} />;
  return <AttributionItemView item={item} />;
}

function AttributionItemView({ item }: { item: ReviewItem }) {
  const { t } = useI18n();
  const rows = compareSources(item.sources);
  const p = item.person;
  return (
    <article data-testid="review-item" data-key={item.key} data-version={item.version}>
      <h3>{item.title ?? item.workId}</h3>
      <p className="proposal" data-testid="review-proposal" data-person={p?.code}>
        {p
          ? t('review.proposal', {
              rank: item.authorRank,
              author: item.authorName ?? '',
              person: personName(p),
              code: p.code,
              score: item.score.toFixed(2),
            })
          : t('review.proposal.nobody', { rank: item.authorRank, author: item.authorName ?? '' })}
      </p>
      <div className="review-columns">
        {p && (
          <section aria-labelledby="review-person-title">
            <h4 id="review-person-title">{t('review.person')}</h4>
            <dl className="person">
              <dt>{t('review.person.code')}</dt>
              <dd>{p.code}</dd>
              <dt>{t('review.person.name')}</dt>
              <dd>{personName(p)}</dd>
              <dt>{t('review.person.unit')}</dt>
              <dd>{p.unitName ? `${p.unitName} (${p.unitCode})` : (p.unitCode ?? t('common.none'))}</dd>
              <dt>{t('review.person.supervisor')}</dt>
              <dd>
                {p.supervisorCode ? `${p.supervisorName ?? ''} (${p.supervisorCode})` : t('common.none')}
              </dd>
              <dt>{t('review.person.otherWorks')}</dt>
              <dd>{p.otherWorks}</dd>
            </dl>
          </section>
        )}
        <section aria-labelledby="review-evidence-title">
          <h4 id="review-evidence-title">{t('review.evidence')}</h4>
          <ul data-testid="review-evidence">
            {item.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </section>
      </div>
      <h4 id="review-sources-title">{t('review.sources', { count: item.sources.length })}</h4>
      <div className="table-scroll">
        <table aria-labelledby="review-sources-title" className="review-sources">
          <thead>
            <tr>
              <th scope="col">{t('review.field')}</th>
              {item.sources.map((s) => (
                <th scope="col" key={s.id}>
                  {s.sourceDatabase} · {s.fileName} #{s.recordNumber}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={r.differs ? 'differs' : undefined}>
                <th scope="row">
                  {FIELD_LABELS[r.field] ? t(FIELD_LABELS[r.field]) : r.field}
                  {r.differs && <span className="differs-mark"> {t('review.differs')}</span>}
                </th>
                {r.values.map((v, n) => (
                  <td key={n}>{r.differs && v !== null ? <mark>{v}</mark> : (v ?? '—')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {item.sources.map((s) => (
        <details key={s.id} className="verbatim">
          <summary>
            {t('review.verbatim', { source: `${s.sourceDatabase} · ${s.fileName} #${s.recordNumber}` })}
          </summary>
          <pre>{s.verbatim}</pre>
        </details>
      ))}
    </article>
  );
}

/** A possible duplicate: are these two works one publication? Both works' records side by side. */
function DuplicateItemView({ item }: { item: ReviewItem }) {
  const { t } = useI18n();
  const other = item.otherSources ?? [];
  const columns = [
    ...item.sources.map((s) => ({ source: s, work: item.workId, side: 'a' })),
    ...other.map((s) => ({ source: s, work: item.otherWorkId ?? '', side: 'b' })),
  ];
  const rows = compareSources(columns.map((c) => c.source));
  return (
    <article data-testid="review-item" data-key={item.key} data-version={item.version} data-kind="duplicate">
      <h3>{item.title ?? item.workId}</h3>
      <p className="proposal" data-testid="review-proposal" data-works={`${item.workId} ${item.otherWorkId ?? ''}`}>
        {t('dup.proposal', { a: item.workId, b: item.otherWorkId ?? '', score: item.score.toFixed(2) })}
      </p>
      <section aria-labelledby="dup-evidence-title">
        <h4 id="dup-evidence-title">{t('review.evidence')}</h4>
        <ul data-testid="review-evidence">
          {item.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </section>
      <h4 id="dup-sources-title">{t('dup.sources', { a: item.sources.length, b: other.length })}</h4>
      <div className="table-scroll">
        <table aria-labelledby="dup-sources-title" className="review-sources" data-testid="dup-sources">
          <thead>
            <tr>
              <th scope="col">{t('review.field')}</th>
              {columns.map((c) => (
                <th scope="col" key={`${c.side}${c.source.id}`} data-side={c.side}>
                  <a href={`#/work/${encodeURIComponent(c.work)}`}>
                    {t(c.side === 'a' ? 'dup.workA' : 'dup.workB', { id: c.work })}
                  </a>
                  <br />
                  {c.source.sourceDatabase} · {c.source.fileName} #{c.source.recordNumber}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={r.differs ? 'differs' : undefined}>
                <th scope="row">
                  {FIELD_LABELS[r.field] ? t(FIELD_LABELS[r.field]) : r.field}
                  {r.differs && <span className="differs-mark"> {t('review.differs')}</span>}
                </th>
                {r.values.map((v, n) => (
                  <td key={n}>{r.differs && v !== null ? <mark>{v}</mark> : (v ?? '—')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {columns.map((c) => (
        <details key={`${c.side}${c.source.id}`} className="verbatim">
          <summary>
            {t('dup.verbatim', {
              work: t(c.side === 'a' ? 'dup.workA' : 'dup.workB', { id: c.work }),
              source: `${c.source.sourceDatabase} · ${c.source.fileName} #${c.source.recordNumber}`,
            })}
          </summary>
          <pre>{c.source.verbatim}</pre>
        </details>
      ))}
    </article>
  );
}
