// The registers on the projector: read-only, large, for the room to see what it committed to.
// One line per decision, action and measure, in pages that turn with the projector's page
// counter when they do not fit one screen.
import './registers.css';
import { useRef, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { usePages } from '../projector/usePages';
import { PageNumber } from '../projector/PageNumber';
import { useProjectorPageCounter } from '../projector/useProjectorScreen';
import { useRegisters } from './useRegisters';
import { actionStatusText } from './RegisterLists';
import { useT } from '../../i18n/useT';
import { formatDay } from '../../app/format';

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
  const t = useT();
  const registers = useRegisters(props.doc);
  const box = useRef<HTMLElement>(null);
  const counter = useProjectorPageCounter(props.doc);
  const pages = usePages(box, { counter, resetKey: 'registers', deps: [registers] });
  const { decisions, actions, measures } = registers;
  if (!decisions.length && !actions.length && !measures.length) return null;
  return (
    <section
      className="projector-registers"
      aria-labelledby="projector-registers-heading"
      ref={box}
    >
      <div className="projector-registers-head">
        <h2 id="projector-registers-heading">{t('registers.heading')}</h2>
        <PageNumber pages={pages} />
      </div>
      <ul className="projector-registers-fit" data-paged="">
        {decisions.map((d, i) => (
          <Item
            key={d.id}
            tag={`D${i + 1}`}
            title={d.title}
            state={d.committed ? t('registers.committedMark') : t('registers.proposed')}
          >
            {d.decision && ` — ${d.decision}`}
          </Item>
        ))}
        {actions.map((a, i) => (
          <Item key={a.id} tag={`A${i + 1}`} title={a.title} state={actionStatusText(a.status)}>
            {' '}
            {t('registers.actionDetail', {
              owner: a.responsible,
              hasOwner: a.responsible ? 'yes' : 'no',
              due: a.due ? formatDay(a.due) : '',
              hasDue: a.due ? 'yes' : 'no',
            })}
          </Item>
        ))}
        {measures.map((m, i) => (
          <Item key={m.id} tag={`M${i + 1}`} title={m.name} state={m.owner}>
            {' '}
            {t('registers.measureDetail', {
              baseline: m.baseline || '?',
              target: m.target || '?',
              byWhen: m.byWhen,
              hasBy: m.byWhen ? 'yes' : 'no',
            })}
          </Item>
        ))}
      </ul>
    </section>
  );
}
