// What the room sees of the agenda: the current block's title and prompt, and the countdown.
import type * as Y from 'yjs';
import { currentBlockId } from '../../../shared/timer/timerState';
import { useAgenda } from '../../stores/agendaStore';
import { Countdown } from './Countdown';

export function CurrentBlock({ doc }: { doc: Y.Doc }) {
  const block = useAgenda(doc, (s) => {
    const id = currentBlockId(s.timer, s.order);
    return s.agenda.days.flatMap((d) => d.blocks).find((b) => b.id === id) ?? null;
  });
  if (!block) return null;
  return (
    <section className="card current-block" aria-labelledby="current-block-heading">
      <div>
        <p className="muted eyebrow">Now</p>
        <h2 id="current-block-heading">{block.title}</h2>
        {block.prompt && <p className="current-prompt">{block.prompt}</p>}
      </div>
      <Countdown doc={doc} size="large" />
    </section>
  );
}
