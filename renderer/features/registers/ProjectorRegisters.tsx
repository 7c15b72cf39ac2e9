// The registers on the projector: read-only, large, for the room to see what it committed to.
import './registers.css';
import type * as Y from 'yjs';
import { RegistersView } from './RegisterLists';
import { useRegisters } from './useRegisters';

export function ProjectorRegisters(props: { doc: Y.Doc }) {
  const registers = useRegisters(props.doc);
  if (!registers.decisions.length && !registers.actions.length && !registers.measures.length)
    return null;
  return (
    <section className="projector-registers" aria-label="Decisions, actions and measures">
      <RegistersView registers={registers} />
    </section>
  );
}
