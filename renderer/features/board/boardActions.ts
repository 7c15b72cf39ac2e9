// Every board write a board's notes offer, as one object of callbacks: each runs a shared/model
// command and turns a refused write (validation, permission) into a message for the person. The
// console's own (reveal, voting, settings, columns) are facilitatorBoardActions.ts, so that a
// phone's board does not load their commands.
import type * as Y from 'yjs';
import { ValidationError } from '../../../shared/model/limits';
import {
  addBoardNote,
  deleteBoardNote,
  editBoardNote,
  mergeBoardNotes,
} from '../../../shared/model/board/boardNoteCommands';
import { BoardPermissionError } from '../../../shared/model/board/boardWrite';
import {
  dissolveGroup,
  groupNotes,
  nameGroup,
  ungroupNote,
} from '../../../shared/model/board/groupCommands';
import { setDone } from '../../../shared/model/board/readiness';
import { castVote, takeBackVote } from '../../../shared/model/board/voteCommands';
import type { BoardViewer, ColourId } from '../../../shared/model/board';
import { errorText } from '../../i18n/validation';

export interface BoardActions {
  viewer: BoardViewer;
  add(text: string, column: string | undefined, colour: ColourId): boolean;
  edit(noteId: string, text: string): boolean;
  remove(noteId: string): void;
  merge(targetId: string, sourceId: string): void;
  group(noteId: string, ontoId: string): void;
  nameGroup(groupId: string, name: string): boolean;
  ungroupNote(noteId: string): void;
  dissolve(groupId: string): void;
  vote(targetId: string): void;
  takeBack(targetId: string): void;
  setDone(done: boolean): void;
}

/** Runs a write; a refused one (validation, permission) is reported instead of thrown. */
export function reportingRefusals(report: (message: string | null) => void) {
  return (fn: () => unknown): boolean => {
    try {
      fn();
      report(null);
      return true;
    } catch (err) {
      if (err instanceof ValidationError || err instanceof BoardPermissionError) {
        report(errorText(err));
        return false;
      }
      throw err;
    }
  };
}

export function boardActions(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  report: (message: string | null) => void,
  /** The agenda block "I'm done" is for (a vote block may reuse an earlier block's board). */
  readyBlockId: string = blockId,
): BoardActions {
  const attempt = reportingRefusals(report);
  return {
    viewer,
    add: (text, column, colour) =>
      attempt(() => addBoardNote(doc, { blockId, text, column, colour, author: viewer })),
    edit: (noteId, text) => attempt(() => editBoardNote(doc, { noteId, text, editor: viewer })),
    remove: (noteId) => void attempt(() => deleteBoardNote(doc, { noteId, actor: viewer })),
    merge: (targetId, sourceId) =>
      void attempt(() =>
        mergeBoardNotes(doc, { targetId, sourceIds: [sourceId], facilitator: viewer }),
      ),
    group: (noteId, ontoId) =>
      void attempt(() => groupNotes(doc, { noteIds: [noteId], ontoId, actor: viewer })),
    nameGroup: (groupId, name) =>
      attempt(() => nameGroup(doc, { blockId, groupId, name, actor: viewer })),
    ungroupNote: (noteId) => void attempt(() => ungroupNote(doc, { noteId, actor: viewer })),
    dissolve: (groupId) =>
      void attempt(() => dissolveGroup(doc, { blockId, groupId, actor: viewer })),
    vote: (targetId) => void attempt(() => castVote(doc, { blockId, targetId, voter: viewer })),
    takeBack: (targetId) =>
      void attempt(() => takeBackVote(doc, { blockId, targetId, voter: viewer })),
    setDone: (done) =>
      void attempt(() =>
        setDone(doc, {
          blockId: readyBlockId,
          participantId: viewer.participantId,
          authorKey: viewer.authorKey,
          done,
        }),
      ),
  };
}
