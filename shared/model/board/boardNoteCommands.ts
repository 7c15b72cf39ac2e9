// Commands that write board notes: add, edit, delete (author or facilitator) and merge
// (facilitator). While a block is in private writing, note text is stored only sealed to the
// block's public key plus a copy under the author's own key; anonymous notes carry no author.
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS } from '../limits';
import {
  BOARD_NOTE_MAX_CHARS,
  boardMaps,
  DEFAULT_COLOUR,
  isColourId,
  readCoAuthors,
  type BoardControl,
  type BoardViewer,
  type ColourId,
} from './boardDoc';
import { decodeKey, lockForAuthor, openSealed, sealTo } from './boardCrypto';
import { BOARD_MAPS } from './names';
import { signAuthor } from '../authority/authorClaims';
import { shownAuthor } from '../roster/read';
import {
  denied,
  getNoteMap,
  isOwnNote,
  requireControl,
  requireFacilitator,
  transactAnonymously,
} from './boardWrite';
import { invalid } from '../refusals';

export interface AddBoardNoteArgs {
  blockId: string;
  text: string;
  author: BoardViewer;
  column?: string;
  colour?: ColourId;
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
}

const noteText = (text: unknown) => cleanText(text, 'A note', BOARD_NOTE_MAX_CHARS);

function checkColumn(control: BoardControl, column: string | undefined): string {
  const columns = control.settings.columns;
  if (column === undefined) return columns[0]?.id ?? 'notes';
  if (columns.length > 0 && !columns.some((c) => c.id === column)) throw invalid('note.noColumn');
  return column;
}

function checkColour(colour: unknown): ColourId {
  if (colour === undefined) return DEFAULT_COLOUR;
  if (!isColourId(colour)) throw invalid('note.colour');
  return colour;
}

/** Writes the text fields: sealed + author copy while private, plain text once revealed. */
function writeText(
  m: Y.Map<unknown>,
  control: BoardControl,
  text: string,
  authorKey: Uint8Array | undefined,
  anonymous: boolean,
): void {
  if (control.phase === 'writing') {
    if (!authorKey) throw invalid('key.missing');
    m.set('sealed', sealTo(decodeKey(control.settings.notesPublicKey), text));
    m.set('mine', lockForAuthor(authorKey, text));
    if (m.has('text')) m.delete('text');
  } else {
    m.set('text', text);
    if (m.has('sealed')) m.delete('sealed');
    // The author copy is how an author recognises their anonymous notes; keep it current.
    if (anonymous && authorKey) m.set('mine', lockForAuthor(authorKey, text));
  }
}

export function addBoardNote(
  doc: Y.Doc,
  args: AddBoardNoteArgs,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const control = requireControl(doc, args.blockId);
  const text = noteText(args.text);
  const column = checkColumn(control, args.column);
  const colour = checkColour(args.colour);
  const anonymous = control.settings.anonymous;
  if (anonymous && !args.author.authorKey) throw invalid('key.missing');
  const authorName = anonymous ? '' : cleanText(args.author.name, 'Your name', NAME_MAX_CHARS);
  const id = args.id ?? randomId();
  // An attendee's named note is signed by its author: readers show no other (authorClaims.ts).
  const signed =
    anonymous || args.author.isFacilitator || !args.author.authorKey
      ? null
      : signAuthor(BOARD_MAPS.notes, id, args.author);
  const write = () => {
    const m = new Y.Map<unknown>();
    boardMaps(doc).notes.set(id, m);
    m.set('blockId', args.blockId);
    m.set('column', column);
    m.set('colour', colour);
    m.set('createdAt', args.now ?? Date.now());
    if (!anonymous) {
      m.set('authorId', args.author.participantId);
      m.set('authorName', authorName);
    }
    if (signed) {
      m.set('k', signed.k);
      m.set('g', signed.g);
    }
    writeText(m, control, text, args.author.authorKey, anonymous);
  };
  if (anonymous) transactAnonymously(doc, write);
  else transact(doc, origin, write);
  return id;
}

/** The Yjs client that created a note's map: for anonymous notes, their one-off id. */
const creatorClient = (m: Y.Map<unknown>): number | undefined => m._item?.id.client;

export interface EditBoardNoteArgs {
  noteId: string;
  editor: BoardViewer;
  text?: string;
  column?: string;
  colour?: ColourId;
}

/** Authors edit their own notes; the facilitator edits any, but others' text only once revealed. */
export function editBoardNote(
  doc: Y.Doc,
  args: EditBoardNoteArgs,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const m = getNoteMap(doc, args.noteId);
  const control = requireControl(doc, String(m.get('blockId')));
  const own = isOwnNote(m, args.editor);
  if (!own && !args.editor.isFacilitator) throw denied('note.editOwn');
  const text = args.text === undefined ? undefined : noteText(args.text);
  if (text !== undefined && !own && control.phase === 'writing')
    throw denied('note.revealBeforeEditing');
  const column = args.column === undefined ? undefined : checkColumn(control, args.column);
  const colour = args.colour === undefined ? undefined : checkColour(args.colour);
  const anonymous = !m.has('authorId');
  const write = () => {
    if (column !== undefined) m.set('column', column);
    if (colour !== undefined) m.set('colour', colour);
    if (text !== undefined)
      writeText(m, control, text, own ? args.editor.authorKey : undefined, anonymous);
  };
  if (anonymous && own) transactAnonymously(doc, write, creatorClient(m));
  else transact(doc, origin, write);
}

export function deleteBoardNote(
  doc: Y.Doc,
  args: { noteId: string; actor: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const m = getNoteMap(doc, args.noteId);
  const own = isOwnNote(m, args.actor);
  if (!args.actor.isFacilitator && !own) throw denied('note.deleteOwn');
  const remove = () => boardMaps(doc).notes.delete(args.noteId);
  // An author's delete of their anonymous note goes the anonymous way too (through the host).
  if (own && !m.has('authorId')) transactAnonymously(doc, remove, creatorClient(m));
  else transact(doc, origin, remove);
}

/** Facilitator: appends the sources' texts to the target (blank line between) and deletes them. */
export function mergeBoardNotes(
  doc: Y.Doc,
  args: { targetId: string; sourceIds: string[]; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireFacilitator(args.facilitator, 'merge');
  const target = getNoteMap(doc, args.targetId);
  const blockId = target.get('blockId');
  const sources = args.sourceIds
    .filter((id) => id !== args.targetId)
    .map((id) => getNoteMap(doc, id));
  const all = [target, ...sources];
  if (all.some((m) => m.get('blockId') !== blockId)) throw invalid('merge.sameBoard');
  // A note that reached this replica after the reveal is still sealed in the doc; the revealed
  // secret key opens it (anonymous notes reach the room through the host, a little later).
  const control = requireControl(doc, String(blockId));
  const secret = control.notesSecretKey ? decodeKey(control.notesSecretKey) : null;
  const texts = all.map((m) => {
    const text = m.get('text');
    if (typeof text === 'string') return text;
    const sealed = m.get('sealed');
    return secret && typeof sealed === 'string' ? openSealed(secret, sealed) : null;
  });
  if (texts.some((t) => typeof t !== 'string')) throw invalid('merge.revealFirst');
  const merged = texts.join('\n\n');
  if (merged.length > BOARD_NOTE_MAX_CHARS)
    throw invalid('merge.tooLong', { length: merged.length, max: BOARD_NOTE_MAX_CHARS });
  // Both authors stay named: the sources' authors (and their co-authors) join the target's.
  const targetAuthor = target.get('authorId');
  const coAuthors = new Map(readCoAuthors(target).map((c) => [c.id, c]));
  for (const m of sources) {
    const id = m.get('authorId');
    const stored = m.get('authorName');
    // The writer's own participant entry, never the note's free text (roster/read.ts).
    const name = typeof id === 'string' ? shownAuthor(doc, m, id, String(stored ?? '')) : '';
    if (typeof id === 'string' && name !== '') coAuthors.set(id, { id, name });
    for (const c of readCoAuthors(m)) if (!coAuthors.has(c.id)) coAuthors.set(c.id, c);
  }
  if (typeof targetAuthor === 'string') coAuthors.delete(targetAuthor);
  transact(doc, origin, () => {
    target.set('text', merged);
    if (coAuthors.size > 0) target.set('coAuthors', [...coAuthors.values()]);
    if (target.has('sealed')) target.delete('sealed');
    for (const id of args.sourceIds) if (id !== args.targetId) boardMaps(doc).notes.delete(id);
  });
  return merged;
}
