// Undo and Redo on the console (shared/model/undo.ts): two buttons named for the step they take
// back ("Undo merge"), and Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac; Ctrl+Y too) outside text fields,
// where the field's own text undo wins.
import './undo.css';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { createUndoManager, nextLabel, type UndoLabel } from '../../../shared/model/undo';
import { useT } from '../../i18n/useT';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // eslint-disable-next-line lingui/no-unlocalized-strings -- tag names
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function UndoButtons({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const [um, setUm] = useState<Y.UndoManager | null>(null);
  const [labels, setLabels] = useState<{ undo: UndoLabel | null; redo: UndoLabel | null }>({
    undo: null,
    redo: null,
  });

  useEffect(() => {
    const m = createUndoManager(doc);
    const refresh = () => setLabels({ undo: nextLabel(m, 'undo'), redo: nextLabel(m, 'redo') });
    m.on('stack-item-added', refresh);
    m.on('stack-item-popped', refresh);
    m.on('stack-cleared', refresh);
    setUm(m);
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target))
        return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        m.undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        m.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      m.destroy();
      setUm(null);
    };
  }, [doc]);

  return (
    <div className="undo-buttons" role="group" aria-label={t('undo.group')}>
      <button
        type="button"
        disabled={!um || !labels.undo}
        aria-keyshortcuts="Control+Z"
        title={t('undo.undoKeys')}
        onClick={() => um?.undo()}
      >
        {t('undo.undo', { what: labels.undo ?? 'nothing' })}
      </button>
      <button
        type="button"
        disabled={!um || !labels.redo}
        aria-keyshortcuts="Control+Shift+Z"
        title={t('undo.redoKeys')}
        onClick={() => um?.redo()}
      >
        {t('undo.redo', { what: labels.redo ?? 'nothing' })}
      </button>
    </div>
  );
}
