// The keyboard way to group (and, for the facilitator, merge): pick the other note from a list.
import { useEffect, useRef, useState } from 'react';
import type { BoardNoteView } from '../../../shared/model/board';
import type { BoardUi, Pick } from './boardUi';
import { shortText } from './boardViewModel';

export function NotePicker(props: {
  pick: Pick;
  notes: BoardNoteView[];
  ui: BoardUi;
  onClose(): void;
}) {
  const { pick, notes, ui, onClose } = props;
  const source = notes.find((n) => n.id === pick.noteId);
  const others = notes.filter((n) => n.id !== pick.noteId);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  if (!source) return null;
  const verb = pick.mode === 'group' ? 'Group' : 'Merge';
  return (
    <form
      className="card note-picker"
      aria-label={`${verb} a note`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!target) return;
        if (pick.mode === 'group') ui.actions.group(pick.noteId, target);
        else ui.actions.merge(target, pick.noteId);
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p>
        {verb} “{shortText(source.text, 50)}” {pick.mode === 'group' ? 'with' : 'into'}:
      </p>
      <label>
        {pick.mode === 'group' ? 'Group with' : 'Merge into'}
        <select ref={selectRef} value={target} onChange={(e) => setTarget(e.target.value)}>
          {others.map((n) => (
            <option key={n.id} value={n.id}>
              {shortText(n.text, 70)}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={!target}>
          {verb}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
