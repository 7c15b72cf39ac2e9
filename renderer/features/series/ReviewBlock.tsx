// The console's "Review commitments" block (issue 25): each action carried from the earlier
// session with its owner and due date, what this session recorded of it, and a status form; the
// count of those not reviewed yet leads.
import './series.css';
import type * as Y from 'yjs';
import { useSeries } from '../../stores/seriesStore';
import { StatusForm } from './StatusForm';
import { notReviewed, ownerLine, reviewedCount, reviewLine } from './reviewText';
import { useT } from '../../i18n/useT';

export function ReviewBlock({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const items = useSeries(doc, (s) => s.items).filter((i) => i.action.carriedFrom !== null);
  const link = useSeries(doc, (s) => s.link);
  const decisions = useSeries(doc, (s) => s.carriedDecisions);
  const waiting = notReviewed(items);
  return (
    <section className="card review-block" aria-labelledby="review-heading">
      <div className="row spread">
        <h2 id="review-heading">{t('series.toReview')}</h2>
        <p className="review-count" role="status">
          {reviewedCount(items)}
        </p>
      </div>
      {link?.previousTitle && (
        <p className="muted">{t('series.carriedFrom', { title: link.previousTitle })}</p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t('series.nothingCarried')}</p>
      ) : (
        <>
          {waiting.length > 0 && (
            <p className="review-waiting">
              {t('series.waiting', { titles: waiting.map((i) => i.action.title).join(', ') })}
            </p>
          )}
          <ol className="review-list">
            {items.map((item) => (
              <li key={item.action.id} className={item.review ? 'is-reviewed' : 'is-waiting'}>
                <div className="review-item-head">
                  <strong>{item.action.title}</strong>
                  <span className="muted">{ownerLine(item)}</span>
                </div>
                <p className={`review-state${item.review ? '' : ' waiting'}`}>{reviewLine(item)}</p>
                <StatusForm
                  doc={doc}
                  writer="facilitator"
                  actionId={item.action.id}
                  actionTitle={item.action.title}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {decisions.length > 0 && (
        <details className="carried-decisions">
          <summary>{t('series.earlierDecisions', { n: decisions.length })}</summary>
          <ul>
            {decisions.map((d) => (
              <li key={d.id}>
                <strong>{d.title}</strong>
                {d.decision && ` — ${d.decision}`}{' '}
                <span className="muted">({d.session || t('series.anEarlierSession')})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
