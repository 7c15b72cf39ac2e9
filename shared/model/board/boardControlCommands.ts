// Facilitator commands for a block's board: set it up, change its settings, reveal the notes,
// open and close voting. They write only to the facilitator-only control map (and, on reveal,
// the decrypted texts into the notes).
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { cleanText } from '../limits';
import {
  boardMaps,
  COLUMN_TITLE_MAX_CHARS,
  controlKey,
  DEFAULT_DOTS_PER_PERSON,
  readControl,
  MAX_DOTS_PER_PERSON,
  type BoardColumn,
  type BoardSettings,
  type BoardViewer,
} from './boardDoc';
import { deriveBlockKeyPair, encodeKey, openSealed, type BoardKeyPurpose } from './boardCrypto';
import { requireControl, requireFacilitator } from './boardWrite';
import { invalid } from '../refusals';

export type BoardOptions = Partial<
  Omit<BoardSettings, 'notesPublicKey' | 'votesPublicKey' | 'columns'>
> & { columns?: { id?: string; title: string }[] };

function facilitatorKeys(viewer: BoardViewer, blockId: string, purpose: BoardKeyPurpose) {
  requireFacilitator(viewer, 'board');
  if (!viewer.facilitatorSecret) throw invalid('board.keyMissing');
  return deriveBlockKeyPair(viewer.facilitatorSecret, blockId, purpose);
}

function checkColumns(input: { id?: string; title: string }[]): BoardColumn[] {
  if (input.length === 0) return [{ id: 'notes', title: 'Notes' }];
  const seen = new Set<string>();
  return input.map((c, i) => {
    const id = c.id ?? `c${i + 1}`;
    if (seen.has(id)) throw invalid('board.columnIdTwice');
    seen.add(id);
    return { id, title: cleanText(c.title, 'A column title', COLUMN_TITLE_MAX_CHARS) };
  });
}

function checkVoting(s: Pick<BoardSettings, 'dotsPerPerson' | 'maxPerNote'>): void {
  const d = s.dotsPerPerson;
  if (!Number.isInteger(d) || d < 1 || d > MAX_DOTS_PER_PERSON)
    throw invalid('board.dots', { max: MAX_DOTS_PER_PERSON });
  if (s.maxPerNote !== null && (!Number.isInteger(s.maxPerNote) || s.maxPerNote < 1))
    throw invalid('board.maxPerNoteWhole');
}

/** Creates (or re-creates) a block's board with its key pairs' public halves. */
export function setupBoard(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer; options?: BoardOptions },
  origin: unknown = LOCAL_ORIGIN,
): BoardSettings {
  const o = args.options ?? {};
  const settings: BoardSettings = {
    columns: checkColumns(o.columns ?? []),
    anonymous: o.anonymous ?? false,
    privateWriting: o.privateWriting ?? true,
    attendeesMayGroup: o.attendeesMayGroup ?? true,
    dotsPerPerson: o.dotsPerPerson ?? DEFAULT_DOTS_PER_PERSON,
    maxPerNote: o.maxPerNote ?? null,
    anonymousVotes: o.anonymousVotes ?? false,
    notesPublicKey: encodeKey(facilitatorKeys(args.facilitator, args.blockId, 'notes').publicKey),
    votesPublicKey: encodeKey(facilitatorKeys(args.facilitator, args.blockId, 'votes').publicKey),
  };
  checkVoting(settings);
  const { control } = boardMaps(doc);
  transact(doc, origin, () => {
    control.set(controlKey(args.blockId, 'settings'), settings);
    if (!control.has(controlKey(args.blockId, 'phase')))
      control.set(
        controlKey(args.blockId, 'phase'),
        settings.privateWriting ? 'writing' : 'revealed',
      );
    if (!control.has(controlKey(args.blockId, 'voting')))
      control.set(controlKey(args.blockId, 'voting'), 'idle');
  });
  return settings;
}

/**
 * Sets up the board of every listed block that has none yet, in one transaction: a facilitator
 * window does this as board blocks appear (only it holds the secret the board keys derive from).
 * Returns the blocks it set up.
 */
export function setUpMissingBoards(
  doc: Y.Doc,
  boards: readonly { blockId: string; columns: readonly string[] }[],
  facilitator: BoardViewer,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const missing = boards.filter((b) => !readControl(doc, b.blockId));
  if (missing.length === 0) return [];
  transact(doc, origin, () => {
    for (const b of missing)
      setupBoard(
        doc,
        {
          blockId: b.blockId,
          facilitator,
          options: { columns: b.columns.map((title) => ({ title })) },
        },
        origin,
      );
  });
  return missing.map((b) => b.blockId);
}

/** Changes settings; the keys stay. Voting limits cannot change while voting is open. */
export function updateBoardSettings(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer; options: BoardOptions },
  origin: unknown = LOCAL_ORIGIN,
): BoardSettings {
  requireFacilitator(args.facilitator, 'settings');
  const current = requireControl(doc, args.blockId);
  const o = args.options;
  if (
    current.voting === 'open' &&
    (o.dotsPerPerson !== undefined || o.maxPerNote !== undefined || o.anonymousVotes !== undefined)
  )
    throw invalid('board.closeVotingFirst');
  const next: BoardSettings = {
    ...current.settings,
    ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
    columns: o.columns ? checkColumns(o.columns) : current.settings.columns,
  };
  checkVoting(next);
  // Switching private writing off while notes are still sealed is a reveal.
  const revealKey =
    !next.privateWriting && current.phase === 'writing'
      ? facilitatorKeys(args.facilitator, args.blockId, 'notes').secretKey
      : null;
  transact(doc, origin, () => {
    boardMaps(doc).control.set(controlKey(args.blockId, 'settings'), next);
    if (revealKey) applyReveal(doc, args.blockId, revealKey);
  });
  return next;
}

/**
 * Reveals a block's notes: publishes the block's notes secret key (so a note sealed by a peer
 * that is still offline can be opened when it arrives) and writes every sealed note's text in
 * the clear, so readers need not decrypt thousands of notes.
 */
export function revealNotes(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): number {
  const keys = facilitatorKeys(args.facilitator, args.blockId, 'notes');
  const control = requireControl(doc, args.blockId);
  if (control.settings.notesPublicKey !== encodeKey(keys.publicKey))
    throw invalid('board.otherKey');
  return transact(doc, origin, () => applyReveal(doc, args.blockId, keys.secretKey));
}

/** The reveal itself, inside the caller's transaction; returns how many notes it opened. */
function applyReveal(doc: Y.Doc, blockId: string, secretKey: Uint8Array): number {
  const maps = boardMaps(doc);
  let opened = 0;
  maps.control.set(controlKey(blockId, 'notesKey'), encodeKey(secretKey));
  maps.control.set(controlKey(blockId, 'phase'), 'revealed');
  maps.notes.forEach((m) => {
    if (!(m instanceof Y.Map) || m.get('blockId') !== blockId) return;
    const sealed = m.get('sealed');
    if (typeof sealed !== 'string') return;
    const text = openSealed(secretKey, sealed);
    if (text === null) return;
    m.set('text', text);
    m.delete('sealed');
    opened++;
  });
  return opened;
}

export function openVoting(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator, 'voting');
  const control = requireControl(doc, args.blockId);
  if (control.phase !== 'revealed') throw invalid('board.revealBeforeVoting');
  transact(doc, origin, () => {
    boardMaps(doc).control.set(controlKey(args.blockId, 'voting'), 'open');
  });
}

/** Closes voting and publishes the votes secret key, so every replica can count the same way. */
export function closeVoting(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const keys = facilitatorKeys(args.facilitator, args.blockId, 'votes');
  const control = requireControl(doc, args.blockId);
  if (control.settings.votesPublicKey !== encodeKey(keys.publicKey))
    throw invalid('board.otherKey');
  transact(doc, origin, () => {
    const { control: c } = boardMaps(doc);
    c.set(controlKey(args.blockId, 'voting'), 'closed');
    c.set(controlKey(args.blockId, 'votesKey'), encodeKey(keys.secretKey));
  });
}
