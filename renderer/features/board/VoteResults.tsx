// Ranked dot-voting results with counts and bars; equal counts share a rank and say so. The
// projector's, in pages that turn, are ProjectorVoteResults.tsx around this (a phone's room
// loads no paging).
import { useMemo, type ReactNode, type RefObject } from 'react';
import type { BoardView, RankedResult } from '../../../shared/model/board';
import { resultRows } from './boardViewModel';
import { useT } from '../../i18n/useT';

export function VoteResults(props: {
  ranked: RankedResult[];
  view: BoardView;
  /** On the projector: big type, the rows paged (ProjectorVoteResults). */
  big?: boolean;
  /** The paged box's section and its page number, from ProjectorVoteResults. */
  sectionRef?: RefObject<HTMLElement | null>;
  pageNumber?: ReactNode;
}) {
  const t = useT();
  const rows = useMemo(() => resultRows(props.ranked, props.view), [props.ranked, props.view]);
  return (
    <section
      ref={props.sectionRef}
      className={`vote-results${props.big ? ' big' : ''}`}
      aria-labelledby="results-heading"
    >
      <div className="results-head">
        <h3 id="results-heading">{t('results.heading')}</h3>
        {props.pageNumber}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('results.none')}</p>
      ) : (
        <ol className="results-list" data-paged={props.big ? '' : undefined}>
          {rows.map((r) => (
            <li
              key={r.targetId}
              className="result-row"
              aria-label={t('results.rowLabel', {
                rank: r.rankLabel,
                tied: r.tied ? 'yes' : 'no',
                label: r.label,
                n: r.count,
              })}
            >
              <span className="result-rank">
                {r.rankLabel}
                {r.tied && <span className="tie"> {t('results.tie')}</span>}
              </span>
              <span className="result-label">
                {r.kind === 'group' && <span className="muted">{t('results.group')} · </span>}
                <bdi>{r.label}</bdi>
              </span>
              <span className="result-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(2, Math.round(r.share * 100))}%` }} />
              </span>
              <span className="result-count">{t('vote.count', { n: r.count })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
