// One day of the agenda: its label, start time and totals, its blocks, and day-level controls.
import { useState, type DragEvent } from 'react';
import type * as Y from 'yjs';
import type { Agenda, AgendaDay } from '../../../shared/model/agenda/read';
import { addBlock, deleteDay, moveBlock, updateDay } from '../../../shared/model/agenda/commands';
import { duplicateDay, moveDay } from '../../../shared/model/agenda/dayCommands';
import { DAY_LABEL_MAX_CHARS } from '../../../shared/model/agenda/names';
import { BlockItem, DRAG_TYPE } from './BlockItem';
import { attempt, formatTotal } from './agendaActions';
import { useT } from '../../i18n/useT';

export function DaySection(props: {
  doc: Y.Doc;
  agenda: Agenda;
  day: AgendaDay;
  dayIndex: number;
  currentBlockId: string | null;
}) {
  const t = useT();
  const { doc, agenda, day, dayIndex } = props;
  const [error, setError] = useState<string | null>(null);
  // eslint-disable-next-line lingui/no-unlocalized-strings -- an element id
  const headingId = `day-${day.id}`;

  const dropAt = (blockId: string, toIndex: number) =>
    setError(attempt(() => moveBlock(doc, { blockId, toDayId: day.id, toIndex })));
  const onListDrop = (e: DragEvent) => {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    if (!id) return;
    e.preventDefault();
    dropAt(id, day.blocks.length);
  };

  return (
    <section className="card agenda-day" aria-labelledby={headingId}>
      <header className="day-header">
        <h3 id={headingId}>{day.label}</h3>
        <p className="day-total">
          {day.startTime}–{day.endTime} ·{' '}
          <span>{t('agenda.total', { total: formatTotal(day.totalMinutes) })}</span>
        </p>
      </header>
      <div className="day-fields row">
        <label>
          {t('agenda.dayLabel')}
          <input
            type="text"
            key={`label-${day.label}`}
            defaultValue={day.label}
            maxLength={DAY_LABEL_MAX_CHARS}
            onBlur={(e) => {
              if (e.target.value !== day.label)
                setError(attempt(() => updateDay(doc, { dayId: day.id, label: e.target.value })));
            }}
          />
        </label>
        <label>
          {t('agenda.startTime')}
          <input
            type="time"
            key={`start-${day.startTime}`}
            defaultValue={day.startTime}
            onBlur={(e) => {
              if (e.target.value && e.target.value !== day.startTime)
                setError(
                  attempt(() => updateDay(doc, { dayId: day.id, startTime: e.target.value })),
                );
            }}
          />
        </label>
      </div>
      <ol
        className="agenda-blocks"
        aria-label={t('agenda.blocksOf', { day: day.label })}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
        }}
        onDrop={onListDrop}
      >
        {day.blocks.map((b) => (
          <BlockItem
            key={b.id}
            doc={doc}
            agenda={agenda}
            block={b}
            isCurrent={b.id === props.currentBlockId}
            onDropBlock={(id) => dropAt(id, b.index)}
            onError={setError}
          />
        ))}
      </ol>
      {day.blocks.length === 0 && <p className="muted">{t('agenda.noBlocks')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row day-actions">
        <button
          type="button"
          onClick={() =>
            setError(
              attempt(() =>
                addBlock(doc, {
                  dayId: day.id,
                  // The new block's title, in the facilitator's language (they rename it).
                  title: t('agenda.newBlock'),
                  kind: 'discuss',
                  plannedMinutes: 15,
                }),
              ),
            )
          }
        >
          {t('agenda.addBlock')}
        </button>
        <button
          type="button"
          disabled={dayIndex === 0}
          onClick={() =>
            setError(attempt(() => moveDay(doc, { dayId: day.id, toIndex: dayIndex - 1 })))
          }
        >
          {t('agenda.moveDayUp')}
        </button>
        <button
          type="button"
          disabled={dayIndex === agenda.days.length - 1}
          onClick={() =>
            setError(attempt(() => moveDay(doc, { dayId: day.id, toIndex: dayIndex + 1 })))
          }
        >
          {t('agenda.moveDayDown')}
        </button>
        <button
          type="button"
          onClick={() => setError(attempt(() => duplicateDay(doc, { dayId: day.id })))}
        >
          {t('agenda.duplicateDay')}
        </button>
        <button
          type="button"
          className="agenda-danger"
          disabled={agenda.days.length <= 1}
          onClick={() => {
            if (
              window.confirm(t('agenda.confirmDeleteDay', { day: day.label, n: day.blocks.length }))
            )
              setError(attempt(() => deleteDay(doc, { dayId: day.id })));
          }}
        >
          {t('agenda.deleteDay')}
        </button>
      </div>
    </section>
  );
}
