// The board's part of the session doc: key layout, the colour palette and tolerant readers for
// the facilitator-only control map (its top-level names are in names.ts).
import type * as Y from 'yjs';
import { BOARD_MAPS } from './names';

export const BOARD_NOTE_MAX_CHARS = 1000;
export const GROUP_NAME_MAX_CHARS = 80;
export const COLUMN_TITLE_MAX_CHARS = 80;
export const DEFAULT_DOTS_PER_PERSON = 3;
export const MAX_DOTS_PER_PERSON = 50;

/** Every colour has a marker too, so colour never carries meaning alone (STYLE.md rule 7). */
export const PALETTE = [
  { id: 'yellow', label: 'Yellow', hex: '#FFE066', marker: 'circle' },
  { id: 'blue', label: 'Blue', hex: '#8EC5FF', marker: 'square' },
  { id: 'green', label: 'Green', hex: '#9BE29B', marker: 'triangle' },
  { id: 'pink', label: 'Pink', hex: '#FFB3D1', marker: 'diamond' },
  { id: 'orange', label: 'Orange', hex: '#FFB870', marker: 'star' },
  { id: 'purple', label: 'Purple', hex: '#CDB4FF', marker: 'hexagon' },
] as const;
export type ColourId = (typeof PALETTE)[number]['id'];
export type PaletteEntry = (typeof PALETTE)[number];
export const DEFAULT_COLOUR: ColourId = 'yellow';

export function isColourId(v: unknown): v is ColourId {
  return PALETTE.some((p) => p.id === v);
}

export interface BoardColumn {
  id: string;
  title: string;
}

export interface BoardSettings {
  columns: BoardColumn[];
  /** Notes carry no author id or name anywhere in the doc. */
  anonymous: boolean;
  /** Notes are sealed to the block's key until the facilitator reveals them. */
  privateWriting: boolean;
  attendeesMayGroup: boolean;
  dotsPerPerson: number;
  /** null: no limit per note other than the dots themselves. */
  maxPerNote: number | null;
  anonymousVotes: boolean;
  /** Base64 public keys; what attendees seal notes and votes to. */
  notesPublicKey: string;
  votesPublicKey: string;
}

export type BoardPhase = 'writing' | 'revealed';
export type VotingState = 'idle' | 'open' | 'closed';

export interface BoardControl {
  settings: BoardSettings;
  phase: BoardPhase;
  voting: VotingState;
  /** Base64 secret keys, present once revealed (notes) or closed (votes). */
  notesSecretKey: string | null;
  votesSecretKey: string | null;
}

/** Who is reading or writing. The keys are the caller's; they never go into the doc. */
export interface BoardViewer {
  participantId: string;
  /** Display name; used only for named notes. */
  name?: string;
  authorKey?: Uint8Array;
  isFacilitator: boolean;
  /** The facilitator's master secret (createFacilitatorSecret); per-block keys derive from it. */
  facilitatorSecret?: Uint8Array;
  /** Notes keys this viewer holds before a reveal: their breakout group's board (board id ->
   * secret key), opened from the copy sealed to them (shared/model/breakouts/sight.ts). */
  boardKeys?: ReadonlyMap<string, Uint8Array>;
}

export const controlKey = (blockId: string, field: keyof BoardControl | 'notesKey' | 'votesKey') =>
  `${blockId}/${field}`;

export function boardMaps(doc: Y.Doc) {
  return {
    control: doc.getMap<unknown>(BOARD_MAPS.control),
    notes: doc.getMap<Y.Map<unknown>>(BOARD_MAPS.notes),
    groups: doc.getMap<unknown>(BOARD_MAPS.groups),
    votes: doc.getMap<unknown>(BOARD_MAPS.votes),
    ready: doc.getMap<unknown>(BOARD_MAPS.ready),
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Reads settings written by the facilitator, tolerating missing or mistyped fields. */
export function parseSettings(raw: unknown): BoardSettings | null {
  if (!isObj(raw)) return null;
  const columns = Array.isArray(raw.columns)
    ? raw.columns.filter(isObj).map((c) => ({ id: str(c.id), title: str(c.title) }))
    : [];
  const dots = raw.dotsPerPerson;
  const max = raw.maxPerNote;
  return {
    columns: columns.filter((c) => c.id !== ''),
    anonymous: bool(raw.anonymous, false),
    privateWriting: bool(raw.privateWriting, true),
    attendeesMayGroup: bool(raw.attendeesMayGroup, true),
    dotsPerPerson:
      typeof dots === 'number' && Number.isInteger(dots) && dots >= 0 && dots <= MAX_DOTS_PER_PERSON
        ? dots
        : DEFAULT_DOTS_PER_PERSON,
    maxPerNote: typeof max === 'number' && Number.isInteger(max) && max >= 1 ? max : null,
    anonymousVotes: bool(raw.anonymousVotes, false),
    notesPublicKey: str(raw.notesPublicKey),
    votesPublicKey: str(raw.votesPublicKey),
  };
}

/** The block's board control, or null when the facilitator has not set up a board there. */
export function readControl(doc: Y.Doc, blockId: string): BoardControl | null {
  const { control } = boardMaps(doc);
  const settings = parseSettings(control.get(controlKey(blockId, 'settings')));
  if (!settings) return null;
  const phase = control.get(controlKey(blockId, 'phase'));
  const voting = control.get(controlKey(blockId, 'voting'));
  const nk = control.get(controlKey(blockId, 'notesKey'));
  const vk = control.get(controlKey(blockId, 'votesKey'));
  return {
    settings,
    phase: phase === 'revealed' ? 'revealed' : 'writing',
    voting: voting === 'open' || voting === 'closed' ? voting : 'idle',
    notesSecretKey: typeof nk === 'string' ? nk : null,
    votesSecretKey: typeof vk === 'string' ? vk : null,
  };
}

/** A named author a merged note keeps beside its own (field `coAuthors`, a plain array). */
export interface CoAuthor {
  id: string;
  name: string;
}

/** The co-authors a merge wrote into a note, tolerating malformed entries. */
export function readCoAuthors(m: Y.Map<unknown>): CoAuthor[] {
  const raw = m.get('coAuthors');
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isObj)
    .map((c) => ({ id: str(c.id), name: str(c.name) }))
    .filter((c) => c.id !== '' && c.name !== '');
}

/** "Ann", "Ann and Bob", "Ann, Bob and Cy": a note's author followed by its co-authors. */
export function authorsLabel(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
