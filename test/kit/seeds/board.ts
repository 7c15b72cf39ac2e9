// Boards for tests and benches: the facilitator's viewer for a session, a revealed board on the
// brainstorm block of a session the hub holds (what a room sees once the facilitator reveals),
// N board notes by named authors with some groups, and a revealed board of N notes in a bare doc.
import * as Y from 'yjs';
import { getAgenda } from '#shared/model/agenda/read';
import { applyTimerAction } from '#shared/model/timer/commands';
import {
  addBoardNote,
  createAuthorKey,
  createFacilitatorSecret,
  deriveFacilitatorSecret,
  groupNotes,
  PALETTE,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '#shared/model/board/index';

/** The facilitator as their windows act on a session's boards (secret from the key). */
export function facilitatorViewer(
  facilitatorKey: string,
  sessionId: string,
  extra: Partial<BoardViewer> = {},
): BoardViewer {
  return {
    participantId: 'facilitator',
    isFacilitator: true,
    facilitatorSecret: deriveFacilitatorSecret(facilitatorKey, sessionId),
    ...extra,
  };
}

/**
 * On a session from the "Brainstorm and vote" template (a doc synced with the hub as the
 * facilitator): moves the timer to the brainstorm block and sets up and reveals its board in one
 * transaction, so attendees never see it private.
 */
export function revealBrainstormBoard(
  doc: Y.Doc,
  facilitatorKey: string,
  sessionId: string,
): { blockId: string; facilitator: BoardViewer } {
  const block = getAgenda(doc)
    .days.flatMap((d) => d.blocks)
    .find((b) => b.kind === 'brainstorm');
  if (!block) throw new Error('the template has no brainstorm block');
  const facilitator = facilitatorViewer(facilitatorKey, sessionId);
  applyTimerAction(doc, { type: 'goTo', blockId: block.id }, { hostNow: Date.now() });
  doc.transact(() => {
    setupBoard(doc, { blockId: block.id, facilitator });
    revealNotes(doc, { blockId: block.id, facilitator });
  });
  return { blockId: block.id, facilitator };
}

/** One of 30 named authors. */
export function author(i: number): BoardViewer {
  return { participantId: `p${i % 30}`, name: `Person ${i % 30}`, isFacilitator: false };
}

const noteText = (i: number) => `Note ${i}: ${'an idea worth discussing '.repeat(1 + (i % 4))}`;

/**
 * Board notes `from`..`to` (ids note-<i>) in one transaction; every tenth gathers the next two
 * into a group. `column` spreads them over columns c1..cN (none: the block's first column).
 */
export function addBoardNotes(
  doc: Y.Doc,
  blockId: string,
  from: number,
  to: number,
  facilitator: BoardViewer,
  columns?: number,
): void {
  doc.transact(() => {
    for (let i = from; i < to; i++)
      addBoardNote(doc, {
        blockId,
        author: author(i),
        id: `note-${i}`,
        text: noteText(i),
        ...(columns && { column: `c${1 + (i % columns)}` }),
        colour: PALETTE[i % PALETTE.length]!.id,
        now: 1_700_000_000_000 + i,
      });
    for (let i = from; i + 2 < to; i += 10)
      groupNotes(doc, {
        noteIds: [`note-${i + 1}`, `note-${i + 2}`],
        ontoId: `note-${i}`,
        actor: facilitator,
      });
  });
}

export const BENCH_BLOCK = 'bench-block';

/** A revealed board of N notes in a doc of its own: three columns, named authors, some groups. */
export function makeBoardDoc(noteCount: number): {
  doc: Y.Doc;
  blockId: string;
  facilitator: BoardViewer;
} {
  const doc = new Y.Doc();
  const facilitator: BoardViewer = {
    participantId: 'bench-facilitator',
    name: 'Facilitator',
    isFacilitator: true,
    facilitatorSecret: createFacilitatorSecret(),
    authorKey: createAuthorKey(),
  };
  const blockId = BENCH_BLOCK;
  setupBoard(doc, {
    blockId,
    facilitator,
    options: {
      columns: [{ title: 'Went well' }, { title: 'To improve' }, { title: 'Ideas' }],
    },
  });
  revealNotes(doc, { blockId, facilitator });
  addBoardNotes(doc, blockId, 0, noteCount, facilitator, 3);
  return { doc, blockId, facilitator };
}
