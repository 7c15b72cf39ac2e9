// "Review commitments" on the projector: each carried action, its owner and due date, and what
// was recorded of it today, or "Not reviewed yet"; pages turn with the projector's page counter.
import './series.css';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { useSeries } from '../../stores/seriesStore';
import { usePages } from '../projector/usePages';
import { PageNumber } from '../projector/PageNumber';
import { useProjectorPageCounter } from '../projector/useProjectorScreen';
import { ownerLine, reviewedCount, statusLabel } from './reviewText';
import { useT } from '../../i18n/useT';

export function ProjectorReview({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const all = useSeries(doc, (s) => s.items);
  const items = all.filter((i) => i.action.carriedFrom !== null);
  const box = useRef<HTMLElement>(null);
  const counter = useProjectorPageCounter(doc);
  const pages = usePages(box, { counter, resetKey: 'review', deps: [all] });
  return (
    <section
      className="projector-registers projector-review"
      aria-labelledby="projector-review-heading"
      ref={box}
    >
      <div className="projector-registers-head">
        <h2 id="projector-review-heading">
          {t('series.commitmentsHeading', { count: reviewedCount(items) })}
        </h2>
        <PageNumber pages={pages} />
      </div>
      <ul className="projector-registers-fit" data-paged="">
        {items.map((item, i) => (
          <li key={item.action.id} className="pr-item">
            <span className="pr-tag">A{i + 1}</span>
            <span className="pr-text">
              <strong>{item.action.title}</strong>
              <span className="pr-detail"> — {ownerLine(item)}</span>
              {item.review?.note && (
                <span className="pr-note">{t('series.quoted', { text: item.review.note })}</span>
              )}
            </span>
            <span
              className={`pr-state review-badge ${item.review ? `status-${item.review.status.replace(' ', '-')}` : 'waiting'}`}
            >
              {item.review ? statusLabel(item.review.status) : t('commitments.notReviewed')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
