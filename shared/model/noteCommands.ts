// Commands that write sticky notes. All writes go through here (DESIGN.md §2).
import * as Y from 'yjs';
import { sessionDoc, transact, LOCAL_ORIGIN } from './doc';
import { randomId } from './ids';
import { cleanText, NOTE_MAX_CHARS } from './limits';

export interface Note {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: number;
  /** The agenda block the note was written on, or null when written outside any block. */
  blockId: string | null;
}

export interface AddNoteArgs {
  text: string;
  authorId: string;
  authorName: string;
  /** Injected for deterministic tests; defaults to Date.now(). */
  now?: number;
  id?: string;
  /** The block the room was on when the note was written; left out for a note outside blocks. */
  blockId?: string | null;
}

export function addNote(doc: Y.Doc, args: AddNoteArgs, origin: unknown = LOCAL_ORIGIN): Note {
  const note: Note = {
    id: args.id ?? randomId(),
    text: cleanText(args.text, 'A note', NOTE_MAX_CHARS),
    authorId: args.authorId,
    authorName: args.authorName,
    createdAt: args.now ?? Date.now(),
    blockId: args.blockId ?? null,
  };
  const { notes } = sessionDoc(doc);
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(note)) if (v !== null) m.set(k, v);
    notes.set(note.id, m);
  });
  return note;
}

/** Reads a note out of its Y.Map, tolerating missing or mistyped fields from older or hostile peers. */
export function readNote(id: string, m: Y.Map<unknown>): Note | null {
  const text = m.get('text');
  if (typeof text !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const createdAt = m.get('createdAt');
  const blockId = m.get('blockId');
  return {
    id,
    text,
    authorId: str(m.get('authorId')),
    authorName: str(m.get('authorName')),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    blockId: typeof blockId === 'string' && blockId ? blockId : null,
  };
}

/** All notes, oldest first (ties by id, so every replica shows the same order). */
export function listNotes(doc: Y.Doc): Note[] {
  const out: Note[] = [];
  sessionDoc(doc).notes.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const note = readNote(id, m);
    if (note) out.push(note);
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
