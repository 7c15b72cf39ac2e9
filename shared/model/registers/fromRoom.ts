// Commands that turn what the room produced into register entries (issue 14, part 5): a note or
// group on a board recorded as a decision, and an attendee's suggestion accepted. Each runs in
// one transaction with its origin, so one undo takes it back whole.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { addAction, addDecision } from './commands';
import { resolveSuggestion, type Suggestion } from './suggestions';
import { clipTitle, oneLine } from './actionDrafts';
import type { BoardSource, Decision } from './names';
import { TITLE_MAX_CHARS } from '../limits';

/** Records a decision from a note or group; the record keeps the link (block, notes, group). */
export function decisionFromBoard(
  doc: Y.Doc,
  s: BoardSource,
  origin: unknown = LOCAL_ORIGIN,
): Decision {
  return addDecision(
    doc,
    {
      title: clipTitle(s.text) || 'Decision',
      context: s.text.length > TITLE_MAX_CHARS ? s.text : '',
      sourceBlockId: s.blockId,
      sourceNoteIds: s.noteIds,
      sourceGroupId: s.groupId ?? null,
    },
    origin,
  );
}

/**
 * Accepts a suggestion as a decision or an action and marks it accepted, in one transaction. A
 * long suggestion keeps its full text as the decision's context; the title is clipped.
 */
export function acceptSuggestion(
  doc: Y.Doc,
  s: Suggestion,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const title = clipTitle(s.text);
  const rest = oneLine(s.text) === title ? '' : s.text;
  return transact(doc, origin, () => {
    const id =
      s.kind === 'decision'
        ? addDecision(
            doc,
            {
              title,
              context: [rest, `Suggested by ${s.authorName || 'an attendee'}.`]
                .filter(Boolean)
                .join('\n'),
              sourceBlockId: s.sourceBlockId,
            },
            origin,
          ).id
        : addAction(doc, { title, responsible: '', sourceBlockId: s.sourceBlockId }, origin).id;
    resolveSuggestion(doc, { id: s.id, status: 'accepted', acceptedAsId: id }, origin);
    return id;
  });
}
