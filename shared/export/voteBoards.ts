// Which board a vote block votes on, as the room runs it (renderer/features/board/boardBlock.ts):
// the nearest brainstorm block before it, so "Brainstorm, Vote" is one board; its own otherwise.
import { BOARD_KINDS, type BlockKind } from '../model/agenda/names';

/** Vote and brainstorm block ids (in run order) mapped to the block whose board they use. */
export function voteBoardOf(
  blocks: readonly { id: string; kind: BlockKind }[],
): Map<string, string> {
  const out = new Map<string, string>();
  let lastBrainstorm: string | null = null;
  for (const b of blocks) {
    if (!BOARD_KINDS.includes(b.kind)) continue;
    if (b.kind === 'brainstorm') lastBrainstorm = b.id;
    out.set(b.id, b.kind === 'vote' && lastBrainstorm ? lastBrainstorm : b.id);
  }
  return out;
}
