// Buttons for a note or group on the console's board: record a decision from it, or promote it to
// an action item. The record keeps the link (block, notes, group); the facilitator completes it in
// the registers. For the board feature to mount beside each note and group. The commands are
// shared/model/registerFromRoom.ts.
import { useState } from 'react';
import type * as Y from 'yjs';
import { decisionFromBoard } from '../../../shared/model/registers/fromRoom';
import { type BoardSource } from '../../../shared/model/registers/names';
import { clip } from './useRegisters';
import { draftFromBoard } from '../../../shared/model/registers/actionDrafts';
import { useActionDraft } from './draftStore';

/** Record a decision from a note or group, or promote it to an action: the two handlers and what
 * the last one did, for the buttons below and the board's group menu alike. */
export function usePromoteFromBoard(doc: Y.Doc, source: BoardSource) {
  const [done, setDone] = useState<string | null>(null);
  const openDraft = useActionDraft((s) => s.open);
  return {
    done,
    recordDecision() {
      decisionFromBoard(doc, source);
      setDone('Decision recorded');
    },
    promoteToAction() {
      // The action form opens prefilled in the registers; the facilitator completes it.
      openDraft(draftFromBoard(source));
      setDone('Action form opened in the registers');
    },
  };
}

export function PromoteFromBoard(props: {
  doc: Y.Doc;
  source: BoardSource;
  what: 'note' | 'group';
}) {
  const promote = usePromoteFromBoard(props.doc, props.source);
  const label = clip(props.source.text, 40);
  return (
    <span className="promote">
      <button type="button" className="small" onClick={promote.recordDecision}>
        Record decision{' '}
        <span className="visually-hidden">
          from {props.what} {label}
        </span>
      </button>
      <button type="button" className="small" onClick={promote.promoteToAction}>
        Promote to action{' '}
        <span className="visually-hidden">
          from {props.what} {label}
        </span>
      </button>
      <span role="status" className="muted">
        {promote.done ?? ''}
      </span>
    </span>
  );
}
