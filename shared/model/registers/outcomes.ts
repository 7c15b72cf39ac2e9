// The facilitator's notes of a block's outcome (issue 21): what was said and agreed in a discuss
// block, in a few lines, for the minutes. One text per block in a facilitator-only map, apart from
// the agenda so duplicating a session or saving a template never copies it.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { cleanText } from '../limits';
import { BLOCK_OUTCOMES, REGISTER_TEXT_MAX_CHARS } from './names';

const outcomesMap = (doc: Y.Doc) => doc.getMap<unknown>(BLOCK_OUTCOMES);

/** blockId -> the outcome notes; blocks without any are left out. */
export function readOutcomes(doc: Y.Doc): Record<string, string> {
  const out: Record<string, string> = {};
  outcomesMap(doc).forEach((v, blockId) => {
    if (typeof v === 'string' && v.trim()) out[blockId] = v;
  });
  return out;
}

/** Writes a block's outcome notes; empty text removes them. */
export function setOutcome(
  doc: Y.Doc,
  args: { blockId: string; text: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const text = cleanText(args.text, 'The outcome', REGISTER_TEXT_MAX_CHARS, true);
  transact(doc, origin, () => {
    if (text) outcomesMap(doc).set(args.blockId, text);
    else outcomesMap(doc).delete(args.blockId);
  });
}
