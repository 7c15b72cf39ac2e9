// What one viewer may see of a block's board: their own notes, placeholders (a count per column)
// for others' notes before the reveal, everything after it. Pure reads; no writes.
import type * as Y from 'yjs';
import {
  boardMaps,
  DEFAULT_COLOUR,
  isColourId,
  readCoAuthors,
  readControl,
  type BoardControl,
  type BoardPhase,
  type BoardSettings,
  type BoardViewer,
  type ColourId,
  type VotingState,
} from './boardDoc';
import { decodeKey, openSealed, unlockForAuthor } from './boardCrypto';
import { byAge, readGroups, type BoardGroup } from './groupCommands';
import { isBlockNote } from './blockNotes';
import { isRemoved, shownAuthor } from '../roster/read';
import { participantName } from '../session/read';

export interface BoardNoteView {
  id: string;
  column: string;
  colour: ColourId;
  createdAt: number;
  /** null when ungrouped or when its group has fewer than two notes left. */
  groupId: string | null;
  text: string;
  /** Both null for anonymous notes. */
  authorId: string | null;
  authorName: string | null;
  /** Named authors of notes merged into this one (beside authorName). */
  coAuthorNames?: string[];
  anonymous: boolean;
  mine: boolean;
}

export interface BoardView {
  blockId: string;
  phase: BoardPhase;
  voting: VotingState;
  settings: BoardSettings;
  /** Notes this viewer may read, oldest first (ties by id, the same on every replica). */
  notes: BoardNoteView[];
  /** Others' notes this viewer may not read yet: placeholders, counted per column. */
  hidden: { total: number; byColumn: Record<string, number> };
  groups: BoardGroup[];
}

// Opening a sealed note costs about half a millisecond; remember results across renders.
const openedCache = new Map<string, string | null>();
/** openSealed with a bounded cache shared by every board reader. */
export function openCached(secretKey: Uint8Array, sealed: string): string | null {
  let text = openedCache.get(sealed);
  if (text === undefined) {
    text = openSealed(secretKey, sealed);
    if (openedCache.size > 20_000) openedCache.clear();
    openedCache.set(sealed, text);
  }
  return text;
}

interface RawNote {
  id: string;
  m: Y.Map<unknown>;
}

/** The notes of one block, tolerant of missing or mistyped fields from older or hostile peers. */
export function rawBlockNotes(doc: Y.Doc, blockId: string): RawNote[] {
  const out: RawNote[] = [];
  boardMaps(doc).notes.forEach((m, id) => {
    if (isBlockNote(id, m, blockId)) out.push({ id, m });
  });
  return out;
}

/** A named note's shown author: the writer's own participant entry, "(removed)" after it once the
 * facilitator removed them (roster/read.ts: shownAuthor), never the note's free text. */
function authorNameOf(m: Y.Map<unknown>, authorId: unknown): string | null {
  if (typeof authorId !== 'string') return null;
  const stored = m.get('authorName');
  const text = typeof stored === 'string' ? stored : '';
  return m.doc ? shownAuthor(m.doc, m, authorId, text) : text;
}

/** One note as a viewer may see it, before grouping; null while it is hidden from them. */
export type NoteSight = Omit<BoardNoteView, 'groupId'>;

/**
 * The board's privacy rule for one note: a plain note is readable by all; a private note by its
 * author (who can unlock it); a sealed one by everyone once revealed. The one reading of it, used
 * by readBoard and the renderer's incremental reader.
 */
export function noteSight(
  id: string,
  m: Y.Map<unknown>,
  control: BoardControl,
  viewer: BoardViewer,
  notesKey: Uint8Array | null,
): NoteSight | null {
  const seen = noteTextFor(m, control, viewer, notesKey);
  if (!seen) return null;
  const authorId = m.get('authorId');
  const colour = m.get('colour');
  const createdAt = m.get('createdAt');
  return {
    id,
    column: noteColumn(m),
    colour: isColourId(colour) ? colour : DEFAULT_COLOUR,
    // Finite only: byAge must be a total order, the same on every replica.
    createdAt: typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0,
    text: seen.text,
    authorId: typeof authorId === 'string' ? authorId : null,
    authorName: authorNameOf(m, authorId),
    coAuthorNames: readCoAuthors(m).map((c) => coAuthorName(m, c)),
    anonymous: typeof authorId !== 'string',
    mine: seen.mine,
  };
}

/** A note's column ('' when missing or mistyped). */
export const noteColumn = (m: Y.Map<unknown>): string =>
  typeof m.get('column') === 'string' ? (m.get('column') as string) : '';

/** A co-author as the room knows them now: their participant entry ("(removed)" after it once
 * removed), else the name the facilitator's merge recorded. */
function coAuthorName(m: Y.Map<unknown>, c: { id: string; name: string }): string {
  const name = m.doc ? participantName(m.doc, c.id) : null;
  if (!name) return c.name;
  return isRemoved(m.doc!, c.id) ? `${name} (removed)` : name;
}

/**
 * The key that opens a board's sealed notes for this viewer: the one the facilitator published at
 * the reveal, or, before it, the key a breakout group's member holds for their group's board
 * (`viewer.boardKeys`, opened from their sealed copy in the doc). Null: sealed notes stay hidden.
 */
export function notesKeyOf(
  control: BoardControl,
  viewer?: BoardViewer,
  boardId?: string,
): Uint8Array | null {
  if (control.phase === 'revealed' && control.notesSecretKey)
    return decodeKey(control.notesSecretKey);
  return (boardId !== undefined && viewer?.boardKeys?.get(boardId)) || null;
}

function noteTextFor(
  m: Y.Map<unknown>,
  control: BoardControl,
  viewer: BoardViewer,
  notesKey: Uint8Array | null,
): { text: string; mine: boolean } | null {
  const authorId = m.get('authorId');
  const locked = m.get('mine');
  const ownText =
    typeof locked === 'string' && viewer.authorKey
      ? unlockForAuthor(viewer.authorKey, locked)
      : null;
  const plain = m.get('text');
  const mine = typeof authorId === 'string' ? authorId === viewer.participantId : ownText !== null;
  if (typeof plain === 'string') return { text: plain, mine };
  if (ownText !== null) return { text: ownText, mine: true };
  const sealed = m.get('sealed');
  if (typeof sealed === 'string' && notesKey) {
    const text = openCached(notesKey, sealed);
    if (text !== null) return { text, mine };
  }
  return null;
}

export function readBoard(doc: Y.Doc, blockId: string, viewer: BoardViewer): BoardView | null {
  const control = readControl(doc, blockId);
  if (!control) return null;
  const notesKey = notesKeyOf(control, viewer, blockId);
  const groups = readGroups(doc, blockId);
  const grouped = new Set(groups.flatMap((g) => g.noteIds));
  const notes: BoardNoteView[] = [];
  const hidden = { total: 0, byColumn: {} as Record<string, number> };
  for (const { id, m } of rawBlockNotes(doc, blockId)) {
    const sight = noteSight(id, m, control, viewer, notesKey);
    if (!sight) {
      const column = noteColumn(m);
      hidden.total++;
      hidden.byColumn[column] = (hidden.byColumn[column] ?? 0) + 1;
      continue;
    }
    const groupId = m.get('groupId');
    notes.push({
      ...sight,
      groupId: typeof groupId === 'string' && grouped.has(id) ? groupId : null,
    });
  }
  notes.sort(byAge);
  return {
    blockId,
    phase: control.phase,
    voting: control.voting,
    settings: control.settings,
    notes,
    hidden,
    groups,
  };
}
