// Which notes belong to a block's board, for every reader (readBoard, its groups, the incremental
// reader): the block's own, and of an attendee's named notes only those their author signed
// (authority/authorClaims.ts), so a peer writing under another's client id over the mesh puts
// nothing on the board in their name.
import * as Y from 'yjs';
import { BOARD_MAPS } from './names';
import { authorVouched } from '../authority/authorClaims';

export const isBlockNote = (id: string, m: unknown, blockId: string): m is Y.Map<unknown> =>
  m instanceof Y.Map &&
  m.get('blockId') === blockId &&
  authorVouched(m.doc, BOARD_MAPS.notes, id, m);
