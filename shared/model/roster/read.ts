// The roster's read side: who is admitted, waiting in the lobby or removed, and which
// participants' votes and answers count.
import { englishOf } from '../refusals';
import type * as Y from 'yjs';
import { admissionMap, rosterMap } from './names';
import { CLIENTS_MAP } from '../session/names';
import { participantName } from '../session/read';
import { FACILITATOR_OWNER } from '../authority/ownerKeys';

export type RosterState = 'admitted' | 'waiting' | 'removed';
/** `device`: the first participant from a device address is admitted, later ones wait;
 * `hand`: everyone waits for the facilitator. */
export type AdmissionMode = 'device' | 'hand';

/** A participant's place in the roster. Where they joined from is not in it: the host keeps device
 * addresses to itself (devices.ts). */
export interface RosterRecord {
  joinedAt: number;
  state: RosterState;
  /** Why the participant waits or was removed, in words both sides see. */
  reason: string;
}

export interface RosterEntry extends RosterRecord {
  id: string;
}

const STATES: readonly RosterState[] = ['admitted', 'waiting', 'removed'];

export function rosterRecord(doc: Y.Doc, participantId: string): RosterRecord | null {
  return parseRecord(rosterMap(doc).get(participantId));
}

function parseRecord(raw: unknown): RosterRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!STATES.includes(r.state as RosterState)) return null;
  return {
    joinedAt: typeof r.joinedAt === 'number' ? r.joinedAt : 0,
    state: r.state as RosterState,
    reason: typeof r.reason === 'string' ? r.reason : '',
  };
}

/** Every roster entry, earliest join first. */
export function readRoster(doc: Y.Doc): RosterEntry[] {
  const out: RosterEntry[] = [];
  rosterMap(doc).forEach((raw, id) => {
    const r = parseRecord(raw);
    if (r) out.push({ id, ...r });
  });
  return out.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

export function admissionMode(doc: Y.Doc): AdmissionMode {
  return admissionMap(doc).get('mode') === 'hand' ? 'hand' : 'device';
}

/** True when no host has written the roster yet (Y.Map's size walks every entry; this stops at
 * the first). */
export function rosterEmpty(doc: Y.Doc): boolean {
  for (const _ of rosterMap(doc).keys()) return false;
  return true;
}

export const isAdmitted = (doc: Y.Doc, participantId: string): boolean =>
  rosterRecord(doc, participantId)?.state === 'admitted';

export const isRemoved = (doc: Y.Doc, participantId: string): boolean =>
  rosterRecord(doc, participantId)?.state === 'removed';

/**
 * The participants whose named votes and answers count: the admitted ones. Null when the doc has
 * no roster at all (a doc no host has run yet, as in a template or a unit's own doc): then
 * everyone counts, as before the roster.
 */
export function countedParticipants(doc: Y.Doc): Set<string> | null {
  const roster = rosterMap(doc);
  if (rosterEmpty(doc)) return null;
  const out = new Set<string>();
  roster.forEach((raw, id) => {
    if (parseRecord(raw)?.state === 'admitted') out.add(id);
  });
  return out;
}

/** How many are admitted, or null without a roster. */
export function admittedCount(doc: Y.Doc): number | null {
  return countedParticipants(doc)?.size ?? null;
}

/** "7 answers from 12 admitted" (or "7 answers" without a roster). */
export function answersLine(answers: number, admitted: number | null, noun = 'answer'): string {
  const counted = `${answers} ${noun}${answers === 1 ? '' : 's'}`;
  return admitted === null ? counted : `${counted} from ${admitted} admitted`;
}

/** True when the host has bound no client (Y.Map's size walks every entry; this stops at the
 * first: a board reads this per note). */
function noneBound(clients: Y.Map<unknown>): boolean {
  for (const _ of clients.keys()) return false;
  return true;
}

/**
 * The author name to show for an entry (a parking-lot item, a named question): the writer's own
 * participant entry, never the free text the entry carries (anyone could type "Ann" there), and
 * "(removed)" after it when the facilitator removed them. The facilitator's own entries keep
 * their text (the facilitator writes for the room). In a doc no host has bound anyone in, the
 * text is all there is.
 */
export function shownAuthor(
  doc: Y.Doc,
  entry: Y.Map<unknown>,
  authorId: string,
  stored: string,
): string {
  const clients = doc.getMap<unknown>(CLIENTS_MAP);
  if (noneBound(clients)) return stored;
  const creator = entry._item?.id.client;
  if (creator !== undefined && clients.get(String(creator)) === FACILITATOR_OWNER) return stored;
  const name = participantName(doc, authorId);
  if (!name) return '';
  return isRemoved(doc, authorId) ? `${name} (removed)` : name;
}

const REASON_CODES = ['roster.sameDevice', 'roster.byHand', 'roster.removed'] as const;

/** The refusal code of a reason the roster keeps (in English), for a page to say it in its
 * reader's language; null for a reason it does not know (it is shown as it is). */
export function lobbyReasonCode(reason: string): (typeof REASON_CODES)[number] | null {
  return REASON_CODES.find((code) => englishOf(code) === reason) ?? null;
}
