// Small helpers every board command shares: permission errors, the note lookup, and writing
// without the author's Yjs client id when anonymity is promised.
import * as Y from 'yjs';
import { transact } from '../doc';
import { boardMaps, readControl, type BoardControl, type BoardViewer } from './boardDoc';
import { unlockForAuthor } from './boardCrypto';
import { ANONYMOUS_ORIGIN } from '../origins';
import {
  englishOf,
  invalid,
  type ModelRefusalCode,
  type RefusalValues,
  type SelectKey,
} from '../refusals';

/** Someone tried what their role does not allow; the UI should not have offered it. */
export class BoardPermissionError extends Error {
  /** The refusal's code and values, as a ValidationError's (refusals.ts). */
  readonly code?: string;
  readonly values?: Readonly<RefusalValues>;
  constructor(message: string, words?: { code: ModelRefusalCode; values: RefusalValues }) {
    super(message);
    this.name = 'BoardPermissionError';
    if (words) {
      this.code = words.code;
      this.values = words.values;
    }
  }
}

/** A BoardPermissionError for the refusal `code`: its message is the English sentence. */
export const denied = (code: ModelRefusalCode, values: RefusalValues = {}) =>
  new BoardPermissionError(englishOf(code, values), { code, values });

/** Refuses anyone but the facilitator `action` (a key the catalogs word: refusals.ts). */
export function requireFacilitator(
  viewer: BoardViewer,
  action: SelectKey<'board.facilitatorOnly', 'action'>,
): void {
  if (!viewer.isFacilitator) throw denied('board.facilitatorOnly', { action });
}

export function requireControl(doc: Y.Doc, blockId: string): BoardControl {
  const control = readControl(doc, blockId);
  if (!control) throw invalid('board.none');
  return control;
}

export function getNoteMap(doc: Y.Doc, noteId: string): Y.Map<unknown> {
  const m = boardMaps(doc).notes.get(noteId);
  if (!(m instanceof Y.Map)) throw invalid('note.gone');
  return m;
}

/** A note is the viewer's if it names them, or (anonymous notes) if their author key opens it. */
export function isOwnNote(m: Y.Map<unknown>, viewer: BoardViewer): boolean {
  const authorId = m.get('authorId');
  if (typeof authorId === 'string') return authorId === viewer.participantId;
  const mine = m.get('mine');
  return (
    typeof mine === 'string' &&
    !!viewer.authorKey &&
    unlockForAuthor(viewer.authorKey, mine) !== null
  );
}

function randomClientId(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0]! >>> 1 || 1;
}

/**
 * Origin of anonymous writes: the sync layer sends them to the host only (never over the mesh,
 * where the first hop would name the author); the host passes them on in batches.
 */

/**
 * Runs a transaction under a one-off Yjs client id (or, to edit an anonymous entry, the one-off
 * id that created it, so the host can tell its author's edits from anyone else's). Every Yjs item records the client that made
 * it, and awareness maps a peer's client id to its name, so an anonymous note written under the
 * author's own id could be traced to them by anyone who reads the update's structs.
 */
export function transactAnonymously<T>(doc: Y.Doc, fn: () => T, clientId?: number): T {
  const own = doc.clientID;
  doc.clientID = clientId ?? randomClientId();
  try {
    return transact(doc, ANONYMOUS_ORIGIN, fn);
  } finally {
    doc.clientID = own;
  }
}
