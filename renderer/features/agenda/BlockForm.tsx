// Editing one block: title, kind, planned minutes, its wrap-up cue (the field the timer's
// "Wrap-up at" sets), prompt (for the room) and facilitator notes.
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  BLOCK_KINDS,
  FACILITATOR_NOTES_MAX_CHARS,
  MAX_PLANNED_MINUTES,
  MAX_WRAP_UP_MINUTES,
  MIN_PLANNED_MINUTES,
  PROMPT_MAX_CHARS,
  type Block,
  type BlockKind,
} from '../../../shared/model/agenda/names';
import { updateBlock } from '../../../shared/model/agenda/commands';
import { blockWrapUpMinutes } from '../../../shared/model/agenda/read';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { attempt } from './agendaActions';
import { useT } from '../../i18n/useT';
import { focusOnMount } from '../../app/focusOnMount';

export function BlockForm(props: { doc: Y.Doc; block: Block; onDone(): void }) {
  const t = useT();
  const { block } = props;
  const [title, setTitle] = useState(block.title);
  const [kind, setKind] = useState<BlockKind>(block.kind);
  const [minutes, setMinutes] = useState(String(block.plannedMinutes));
  const [prompt, setPrompt] = useState(block.prompt);
  const [notes, setNotes] = useState(block.facilitatorNotes);
  const [wrapUp, setWrapUp] = useState(
    () => blockWrapUpMinutes(props.doc, block.id)?.toString() ?? '',
  );
  const [error, setError] = useState<string | null>(null);

  function save(e: FormEvent) {
    e.preventDefault();
    const message = attempt(() =>
      updateBlock(props.doc, {
        blockId: block.id,
        title,
        kind,
        plannedMinutes: Number(minutes),
        prompt,
        facilitatorNotes: notes,
        wrapUpMinutes: wrapUp.trim() === '' ? null : Number(wrapUp.trim()),
      }),
    );
    if (message) setError(message);
    else props.onDone();
  }

  return (
    <form
      className="block-form"
      noValidate
      onSubmit={save}
      aria-label={t('agenda.editBlock', { title: block.title })}
    >
      <label>
        {t('agenda.title')}
        <input
          type="text"
          value={title}
          maxLength={TITLE_MAX_CHARS}
          onChange={(e) => setTitle(e.target.value)}
          ref={focusOnMount}
        />
      </label>
      <div className="row">
        <label>
          {t('agenda.kindLabel')}
          <select value={kind} onChange={(e) => setKind(e.target.value as BlockKind)}>
            {BLOCK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t('agenda.kind', { kind: k })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('agenda.plannedMinutes')}
          <input
            type="number"
            min={MIN_PLANNED_MINUTES}
            max={MAX_PLANNED_MINUTES}
            step={1}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label>
          {t('agenda.wrapUpCue')}
          <input
            type="number"
            min={1}
            max={MAX_WRAP_UP_MINUTES}
            step={1}
            value={wrapUp}
            placeholder={t('timer.auto')}
            aria-describedby={`wrap-up-help-${block.id}`}
            onChange={(e) => setWrapUp(e.target.value)}
          />
        </label>
      </div>
      <p id={`wrap-up-help-${block.id}`} className="muted field-help">
        {t('agenda.wrapUpHelp')}
      </p>
      <label>
        {t('agenda.prompt')}
        <textarea
          rows={2}
          value={prompt}
          maxLength={PROMPT_MAX_CHARS}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </label>
      <label>
        {t('agenda.facilitatorNotes')}
        <textarea
          rows={2}
          value={notes}
          maxLength={FACILITATOR_NOTES_MAX_CHARS}
          onChange={(e) => setNotes(e.target.value)}
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {t('agenda.saveBlock')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
