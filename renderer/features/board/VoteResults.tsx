// Ranked dot-voting results with counts and bars; equal counts share a rank and say so.
import { useMemo, useRef } from 'react';
import { useFitChildren } from '../projector/useFitChildren';
import type { BoardView, RankedResult } from '../../../shared/model/board';
import { resultRows } from './boardViewModel';

export function VoteResults(props: { ranked: RankedResult[]; view: BoardView; big?: boolean }) {
  const rows = useMemo(() => resultRows(props.ranked, props.view), [props.ranked, props.view]);
  // On the projector (big) the list shows what fits and says how many more there are.
  const list = useRef<HTMLOListElement>(null);
  const hidden = useFitChildren(list, [rows, props.big]);
  return (
    <section className={`vote-results${props.big ? ' big' : ''}`} aria-labelledby="results-heading">
      <h3 id="results-heading">Results</h3>
      {rows.length === 0 ? (
        <p className="muted">No votes were cast.</p>
      ) : (
        <ol className="results-list" ref={props.big ? list : undefined}>
          {rows.map((r) => (
            <li
              key={r.targetId}
              className="result-row"
              aria-label={`${r.rankLabel}${r.tied ? ' (tie)' : ''}: ${r.label}, ${r.count} ${r.count === 1 ? 'vote' : 'votes'}`}
            >
              <span className="result-rank">
                {r.rankLabel}
                {r.tied && <span className="tie"> tie</span>}
              </span>
              <span className="result-label">
                {r.kind === 'group' && <span className="muted">Group · </span>}
                {r.label}
              </span>
              <span className="result-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(2, Math.round(r.share * 100))}%` }} />
              </span>
              <span className="result-count">
                {r.count} {r.count === 1 ? 'vote' : 'votes'}
              </span>
            </li>
          ))}
        </ol>
      )}
      {props.big && hidden > 0 && (
        <p className="projector-more">
          +{hidden} more {hidden === 1 ? 'result' : 'results'}
        </p>
      )}
    </section>
  );
}
