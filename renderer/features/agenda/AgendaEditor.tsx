// The console's agenda: every day with its blocks, planned times and totals, editable in place.
import './agenda.css';
import type * as Y from 'yjs';
import { addDay } from '../../../shared/model/agenda/commands';
import { currentBlockId } from '../../../shared/model/timer/timerState';
import { useAgenda } from '../../stores/agendaStore';
import { DaySection } from './DaySection';
import { formatTotal } from './agendaActions';
import { useT } from '../../i18n/useT';

export function AgendaEditor({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const agenda = useAgenda(doc, (s) => s.agenda);
  const current = useAgenda(doc, (s) => currentBlockId(s.timer, s.order));
  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <div className="row spread">
        <h2 id="agenda-heading">{t('console.tab.agenda')}</h2>
        <p className="muted">
          {t('agenda.daysTotal', {
            n: agenda.days.length,
            total: formatTotal(agenda.totalMinutes),
          })}
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
        {t('agenda.addDay')}
      </button>
    </section>
  );
}
