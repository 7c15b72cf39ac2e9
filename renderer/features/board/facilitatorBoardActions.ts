// The console's board writes beside every board's (boardActions.ts): reveal the notes, open and
// close voting, the board's settings and its columns. Refused writes are reported as there.
import type * as Y from 'yjs';
import {
  closeVoting,
  openVoting,
  revealNotes,
  setBoardColumns,
  updateBoardSettings,
  type BoardOptions,
  type BoardViewer,
} from '../../../shared/model/board';
import { boardActions, reportingRefusals, type BoardActions } from './boardActions';

export interface FacilitatorBoardActions extends BoardActions {
  reveal(): void;
  openVoting(): void;
  closeVoting(): void;
  updateSettings(options: BoardOptions): boolean;
  setColumns(columns: { id?: string; title: string }[]): boolean;
}

export function facilitatorBoardActions(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  report: (message: string | null) => void,
  /** The agenda block "I'm done" is for (a vote block may reuse an earlier block's board). */
  readyBlockId: string = blockId,
): FacilitatorBoardActions {
  const attempt = reportingRefusals(report);
  const f = { blockId, facilitator: viewer };
  return {
    ...boardActions(doc, blockId, viewer, report, readyBlockId),
    reveal: () => void attempt(() => revealNotes(doc, f)),
    openVoting: () => void attempt(() => openVoting(doc, f)),
    closeVoting: () => void attempt(() => closeVoting(doc, f)),
    updateSettings: (options) => attempt(() => updateBoardSettings(doc, { ...f, options })),
    setColumns: (columns) => attempt(() => setBoardColumns(doc, { ...f, columns })),
  };
}
