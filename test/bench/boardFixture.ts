// A revealed board of N notes (three columns, named authors, some groups) for benchmarks.
import * as Y from 'yjs';
import {
  addBoardNote,
  createAuthorKey,
  createFacilitatorSecret,
  groupNotes,
  PALETTE,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '../../shared/model/board';

export const BENCH_BLOCK = 'bench-block';

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
  doc.transact(() => {
    for (let i = 0; i < noteCount; i++) {
      const author = {
        participantId: `p${i % 30}`,
        name: `Person ${i % 30}`,
        isFacilitator: false,
      };
      addBoardNote(doc, {
        blockId,
        author,
        id: `note-${i}`,
        text: `Note ${i}: ${'an idea worth discussing '.repeat(1 + (i % 4))}`,
        column: `c${1 + (i % 3)}`,
        colour: PALETTE[i % PALETTE.length]!.id,
        now: 1_700_000_000_000 + i,
      });
    }
    // Every tenth note gathers the next two into a group.
    for (let i = 0; i + 2 < noteCount; i += 10)
      groupNotes(doc, {
        noteIds: [`note-${i + 1}`, `note-${i + 2}`],
        ontoId: `note-${i}`,
        actor: facilitator,
      });
  });
  return { doc, blockId, facilitator };
}
