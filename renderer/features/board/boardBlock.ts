// Which board the room is on: brainstorm blocks have their own board; a vote block votes on the
// board of the nearest brainstorm block before it (so "Brainstorm, Cluster, Vote" is one board),
// or has its own when there is none. Pure: no DOM, no doc.
import { BOARD_KINDS, type BlockKind } from '../../../shared/model/agenda/names';

export interface BoardBlockInput {
  id: string;
  title: string;
  kind: BlockKind;
  prompt: string;
  columns: string[];
}

export interface BoardTarget {
  /** The block whose board is shown (the board's key in the doc). */
  boardBlockId: string;
  /** The block the room is on (may be a vote block reusing an earlier brainstorm's board). */
  block: BoardBlockInput;
  boardBlock: BoardBlockInput;
}

/** The board for the block `currentId` among `blocks` (in run order); null when it has none. */
export function boardFor(
  blocks: readonly BoardBlockInput[],
  currentId: string | null,
): BoardTarget | null {
  const index = blocks.findIndex((b) => b.id === currentId);
  const block = blocks[index];
  if (!block || !BOARD_KINDS.includes(block.kind)) return null;
  if (block.kind === 'vote')
    for (let i = index - 1; i >= 0; i--) {
      const before = blocks[i]!;
      if (before.kind === 'brainstorm')
        return { boardBlockId: before.id, block, boardBlock: before };
    }
  return { boardBlockId: block.id, block, boardBlock: block };
}

/** Every distinct board of the agenda, in run order (what the console sets up and lists). */
export function boardsOf(blocks: readonly BoardBlockInput[]): BoardTarget[] {
  const seen = new Set<string>();
  const out: BoardTarget[] = [];
  for (const b of blocks) {
    const t = boardFor(blocks, b.id);
    if (!t || seen.has(t.boardBlockId)) continue;
    seen.add(t.boardBlockId);
    out.push(t);
  }
  return out;
}
