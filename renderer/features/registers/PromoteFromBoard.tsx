// Buttons for a note or group on the console's board: record a decision from it, or promote it to
// an action item. The record keeps the link (block, notes, group); the facilitator completes it in
// the registers. For the board feature to mount beside each note and group.
import { useState } from 'react';
import type * as Y from 'yjs';
import { addDecision } from '../../../shared/model/decisionCommands';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { clip } from './useRegisters';
import { draftFromBoard } from '../../../shared/model/actionDrafts';
import { useActionDraft } from './draftStore';

export interface BoardSource {
  blockId: string;
  /** The note's text or the group's name. */
  text: string;
  noteIds: string[];
  groupId?: string | null;
  /** The note's author, when named: the first guess at an owner. */
  authorName?: string | null;
}

export function decisionFromBoard(doc: Y.Doc, s: BoardSource) {
  return addDecision(doc, {
    title: clip(s.text, TITLE_MAX_CHARS) || 'Decision',
    context: s.text.length > TITLE_MAX_CHARS ? s.text : '',
    sourceBlockId: s.blockId,
    sourceNoteIds: s.noteIds,
    sourceGroupId: s.groupId ?? null,
  });
}

export function PromoteFromBoard(props: {
  doc: Y.Doc;
  source: BoardSource;
  what: 'note' | 'group';
}) {
  const [done, setDone] = useState<string | null>(null);
  const openDraft = useActionDraft((s) => s.open);
  const label = clip(props.source.text, 40);
  return (
    <span className="promote">
      <button
        type="button"
        className="small"
        onClick={() => {
          decisionFromBoard(props.doc, props.source);
          setDone('Decision recorded');
        }}
      >
        Record decision{' '}
        <span className="visually-hidden">
          from {props.what} {label}
        </span>
      </button>
      <button
        type="button"
        className="small"
        onClick={() => {
          // The action form opens prefilled in the registers; the facilitator completes it.
          openDraft(draftFromBoard(props.source));
          setDone('Action form opened in the registers');
        }}
      >
        Promote to action{' '}
        <span className="visually-hidden">
          from {props.what} {label}
        </span>
      </button>
      <span role="status" className="muted">
        {done ?? ''}
      </span>
    </span>
  );
}
