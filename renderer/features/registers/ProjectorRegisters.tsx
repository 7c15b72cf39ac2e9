// The registers on the projector: read-only, large, for the room to see what it committed to.
// One line per decision, action and measure, so the screen shows as many as fit and counts the
// rest ("+2 more") instead of cutting any off.
import './registers.css';
import { useRef, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useFitChildren } from '../projector/useFitChildren';
import { useRegisters } from './useRegisters';

/** One line: its tag (D1, A2, M3), title and detail, and its state at the end. */
function Item(props: { tag: string; title: string; state: string; children: ReactNode }) {
  return (
    <li className="pr-item">
      <span className="pr-tag">{props.tag}</span>
      <span className="pr-text">
        <strong>{props.title}</strong>
        {props.children && <span className="pr-detail">{props.children}</span>}
      </span>
      <span className="pr-state">{props.state}</span>
    </li>
  );
}

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
          <Item
            key={d.id}
            tag={`D${i + 1}`}
            title={d.title}
            state={d.committed ? '✓ Committed' : 'Proposed'}
          >
            {d.decision && ` — ${d.decision}`}
          </Item>
        ))}
        {actions.map((a, i) => (
          <Item key={a.id} tag={`A${i + 1}`} title={a.title} state={a.status}>
            {' '}
            — {a.responsible || 'no owner yet'}
            {a.due ? `, by ${a.due}` : ''}
          </Item>
        ))}
        {measures.map((m, i) => (
          <Item key={m.id} tag={`M${i + 1}`} title={m.name} state={m.owner}>
            {' '}
            — {m.baseline || '?'} → {m.target || '?'}
            {m.byWhen ? ` by ${m.byWhen}` : ''}
          </Item>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="projector-more">+{hidden} more on the console and in the export</p>
      )}
    </section>
  );
}
