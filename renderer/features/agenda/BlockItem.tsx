// One block on the console's agenda: planned times, what it is, and its edit/move/duplicate/delete
// controls. Drag it by the row, or press Alt+↑/↓ while anything in it has focus.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import type { Agenda, AgendaBlock } from '../../../shared/model/agenda/read';
import { deleteBlock, duplicateBlock } from '../../../shared/model/agenda/commands';
import { BlockForm } from './BlockForm';
import { attempt, stepBlock, stepTarget } from './agendaActions';
import { runTimerAction } from '../timer/timerActions';
import { useT } from '../../i18n/useT';

export const DRAG_TYPE = 'application/x-offsite-block';

function refocus(blockId: string, control: string) {
  requestAnimationFrame(() => {
    const li = document.querySelector<HTMLElement>(`[data-block-id="${blockId}"]`);
    (li?.querySelector<HTMLElement>(`[data-control="${control}"]`) ?? li)?.focus();
  });
}

export function BlockItem(props: {
  doc: Y.Doc;
  agenda: Agenda;
  block: AgendaBlock;
  isCurrent: boolean;
  onDropBlock(blockId: string): void;
  onError(message: string | null): void;
}) {
  const t = useT();
  const { doc, agenda, block } = props;
  const [editing, setEditing] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  const canUp = stepTarget(agenda, block.id, -1) !== null;
  const canDown = stepTarget(agenda, block.id, 1) !== null;

  const move = (dir: -1 | 1, control: string) => {
    if (stepBlock(doc, agenda, block.id, dir)) refocus(block.id, control);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(e.key === 'ArrowUp' ? -1 : 1, 'handle');
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  };
  const onDrop = (e: DragEvent) => {
    setDropTarget(false);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    if (!id) return;
    e.preventDefault();
    e.stopPropagation();
    props.onDropBlock(id);
  };

  return (
    <li
      className={`agenda-block kind-${block.kind}${props.isCurrent ? ' current' : ''}${dropTarget ? ' drop-target' : ''}`}
      aria-label={block.title}
      aria-current={props.isCurrent ? 'step' : undefined}
      data-block-id={block.id}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={() => setDropTarget(false)}
      onDrop={onDrop}
    >
      <div className="block-row">
        <span
          className="drag-handle"
          draggable
          tabIndex={0}
          data-control="handle"
          role="button"
          aria-label={t('agenda.reorder', { title: block.title })}
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, block.id);
            e.dataTransfer.effectAllowed = 'move';
          }}
        >
          ⠿
        </span>
        <span className="block-time">
          {block.start}–{block.end}
        </span>
        <span className="block-title">{block.title}</span>
        {props.isCurrent && <span className="now-tag">{t('agenda.now')}</span>}
        <span className="block-kind">{t('agenda.kind', { kind: block.kind })}</span>
        <span className="block-minutes">{t('projector.minutes', { n: block.plannedMinutes })}</span>
        <span className="block-actions">
          <button
            type="button"
            aria-expanded={editing}
            onClick={() => setEditing((v) => !v)}
            data-control="edit"
          >
            {t('agenda.edit')}
          </button>
          <button type="button" disabled={!canUp} onClick={() => move(-1, 'up')} data-control="up">
            {t('agenda.moveUp')}
          </button>
          <button
            type="button"
            disabled={!canDown}
            onClick={() => move(1, 'down')}
            data-control="down"
          >
            {t('agenda.moveDown')}
          </button>
          <button
            type="button"
            onClick={() => props.onError(attempt(() => duplicateBlock(doc, { blockId: block.id })))}
          >
            {t('agenda.duplicate')}
          </button>
          <button
            type="button"
            onClick={() => runTimerAction(doc, { type: 'goTo', blockId: block.id })}
            disabled={props.isCurrent}
          >
            {t('agenda.runNow')}
          </button>
          <button
            type="button"
            className="agenda-danger"
            onClick={() => {
              if (window.confirm(t('agenda.confirmDeleteBlock', { title: block.title })))
                props.onError(attempt(() => deleteBlock(doc, { blockId: block.id })));
            }}
          >
            {t('agenda.delete')}
          </button>
        </span>
      </div>
      {block.prompt && !editing && <p className="block-prompt">{block.prompt}</p>}
      {block.facilitatorNotes && !editing && (
        <p className="block-notes">
          <span className="muted">{t('agenda.notes')}</span> {block.facilitatorNotes}
        </p>
      )}
      {editing && <BlockForm doc={doc} block={block} onDone={() => setEditing(false)} />}
    </li>
  );
}
