// The console's agenda: every day with its blocks, planned times and totals, editable in place.
import './agenda.css';
import type * as Y from 'yjs';
import { addDay } from '../../../shared/model/agenda/commands';
import { currentBlockId } from '../../../shared/model/timer/timerState';
import { useAgenda } from '../../stores/agendaStore';
import { DaySection } from './DaySection';
import { formatTotal } from './agendaActions';

export function AgendaEditor({ doc }: { doc: Y.Doc }) {
  const agenda = useAgenda(doc, (s) => s.agenda);
  const current = useAgenda(doc, (s) => currentBlockId(s.timer, s.order));
  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <div className="row spread">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="muted">
          {agenda.days.length} {agenda.days.length === 1 ? 'day' : 'days'} ·{' '}
          {formatTotal(agenda.totalMinutes)}
        </p>
      </div>
      {agenda.days.map((day, i) => (
        <DaySection
          key={day.id}
          doc={doc}
          agenda={agenda}
          day={day}
          dayIndex={i}
          currentBlockId={current}
        />
      ))}
      <button type="button" onClick={() => addDay(doc, {})}>
        Add day
      </button>
    </section>
  );
}
