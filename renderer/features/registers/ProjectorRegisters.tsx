// The registers on the projector: read-only, large, for the room to see what it committed to.
// One line per decision, action and measure, so the screen shows as many as fit and counts the
// rest ("+2 more") instead of cutting any off.
import './registers.css';
import { useRef } from 'react';
import type * as Y from 'yjs';
import { useFitChildren } from '../projector/useFitChildren';
import { useRegisters } from './useRegisters';

export function ProjectorRegisters(props: { doc: Y.Doc }) {
  const registers = useRegisters(props.doc);
  const box = useRef<HTMLUListElement>(null);
  const hidden = useFitChildren(box, [registers]);
  const { decisions, actions, measures } = registers;
  if (!decisions.length && !actions.length && !measures.length) return null;
  return (
    <section className="projector-registers" aria-label="Decisions, actions and measures">
      <ul className="projector-registers-fit" ref={box}>
        {decisions.map((d, i) => (
          <li key={d.id} className="pr-item">
            <span className="pr-tag">D{i + 1}</span>
            <span className="pr-text">
              <strong>{d.title}</strong>
              {d.decision && <span className="pr-detail"> — {d.decision}</span>}
            </span>
            <span className="pr-state">{d.committed ? '✓ Committed' : 'Proposed'}</span>
          </li>
        ))}
        {actions.map((a, i) => (
          <li key={a.id} className="pr-item">
            <span className="pr-tag">A{i + 1}</span>
            <span className="pr-text">
              <strong>{a.title}</strong>
              <span className="pr-detail">
                {' '}
                — {a.responsible || 'no owner yet'}
                {a.due ? `, by ${a.due}` : ''}
              </span>
            </span>
            <span className="pr-state">{a.status}</span>
          </li>
        ))}
        {measures.map((m, i) => (
          <li key={m.id} className="pr-item">
            <span className="pr-tag">M{i + 1}</span>
            <span className="pr-text">
              <strong>{m.name}</strong>
              <span className="pr-detail">
                {' '}
                — {m.baseline || '?'} → {m.target || '?'}
                {m.byWhen ? ` by ${m.byWhen}` : ''}
              </span>
            </span>
            <span className="pr-state">{m.owner}</span>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="projector-more">+{hidden} more on the console and in the export</p>
      )}
    </section>
  );
}
