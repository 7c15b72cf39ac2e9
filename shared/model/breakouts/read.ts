// Reading a block's breakout from the doc: its plan, state, members, picks, broadcast, report-out
// and lifted notes, as plain objects, tolerant of missing or mistyped values. Pure reads.
import type * as Y from 'yjs';
import { readyKey, readyKeyOwner } from '../authority/ownerKeys';
import { BREAKOUT_MAPS } from './names';

/** How people are put into groups. */
export type BreakoutRule = 'random' | 'attribute' | 'self' | 'hand';

export interface BreakoutGroup {
  id: string;
  name: string;
}

export interface BreakoutPlan {
  groups: BreakoutGroup[];
  rule: BreakoutRule;
  /** What attendees choose when they join, e.g. "Team", for mixing by attribute. */
  attribute: string | null;
  /** The values they choose from, e.g. ["Product", "Engineering"]. */
  choices: string[];
  /** Self-selection: most members per group; null for no cap. */
  cap: number | null;
  /** Report-out: minutes per group on the projector; null for no timer. */
  reportMinutes: number | null;
  /** Members read each other's notes while the breakout runs (the block's board is not private
   * writing); else each reads only their own until the reveal, as on the block's board. */
  shared: boolean;
  /** The agenda block whose countdown ends the breakout (the block the room was on when it
   * split; a vote block may reuse an earlier brainstorm's board), or null for plans without. */
  agendaBlockId: string | null;
  /** When the room split (host clock), or 0 for plans without: a countdown that ran out before
   * then does not recall it. */
  startedAt: number;
}

/** `running`: groups work on their boards; `recalled`: the room is back together. */
export type BreakoutState = 'running' | 'recalled';

export interface Broadcast {
  text: string;
  at: number;
}

export interface ReportOut {
  /** The group the projector shows; null while the report-out has not started. */
  groupId: string | null;
  /** When that group's time is up (host clock), or null. */
  endsAt: number | null;
}

export type LiftTarget = 'room' | 'decision' | 'action';

export interface LiftedNote {
  noteId: string;
  groupId: string;
  to: LiftTarget;
  text: string;
  at: number;
}

export interface Breakout {
  blockId: string;
  plan: BreakoutPlan;
  state: BreakoutState;
  /** participantId -> groupId */
  members: Map<string, string>;
  broadcast: Broadcast | null;
  report: ReportOut;
  lifted: LiftedNote[];
  /** Groups the facilitator revealed their own notes to while the board is private writing
   * (members then read, group and vote together; other groups still hold sealed text). */
  revealed: Set<string>;
}

/** Whether a group's members read each other's notes: a shared plan, or revealed to them. */
export const groupReads = (b: Breakout, groupId: string): boolean =>
  b.plan.shared || b.revealed.has(groupId);

/** A group's own board: a board id the board's maps key like a block's. */
export const GROUP_BOARD_SEPARATOR = '~';
export const groupBoardId = (blockId: string, groupId: string): string =>
  `${blockId}${GROUP_BOARD_SEPARATOR}${groupId}`;

/** The block and group of a group board's id; null for any other board id. */
export function parseGroupBoardId(boardId: string): { blockId: string; groupId: string } | null {
  const at = boardId.indexOf(GROUP_BOARD_SEPARATOR);
  if (at <= 0 || at === boardId.length - 1) return null;
  return { blockId: boardId.slice(0, at), groupId: boardId.slice(at + 1) };
}

export const breakoutKey = (blockId: string, field: 'plan' | 'state' | 'broadcast' | 'report') =>
  `${blockId}/${field}`;
export const liftedKey = (blockId: string, noteId: string) => `${blockId}/lifted/${noteId}`;
export const revealedKey = (blockId: string, groupId: string) => `${blockId}/revealed/${groupId}`;
/** Members, picks and "done" flags share the one-participant key layout. */
export const memberKey = readyKey;

export const breakoutMaps = (doc: Y.Doc) => ({
  control: doc.getMap<unknown>(BREAKOUT_MAPS.control),
  members: doc.getMap<unknown>(BREAKOUT_MAPS.members),
  picks: doc.getMap<unknown>(BREAKOUT_MAPS.picks),
  sight: doc.getMap<unknown>(BREAKOUT_MAPS.sight),
});

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const RULES: readonly BreakoutRule[] = ['random', 'attribute', 'self', 'hand'];
const posInt = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;

export function parsePlan(raw: unknown): BreakoutPlan | null {
  if (!isObj(raw) || !Array.isArray(raw.groups)) return null;
  const groups = raw.groups
    .filter(isObj)
    .map((g) => ({ id: str(g.id), name: str(g.name) }))
    .filter((g) => g.id !== '' && !g.id.includes('/'));
  if (groups.length === 0) return null;
  return {
    groups,
    rule: RULES.includes(raw.rule as BreakoutRule) ? (raw.rule as BreakoutRule) : 'hand',
    attribute: str(raw.attribute) || null,
    choices: Array.isArray(raw.choices) ? raw.choices.map(str).filter(Boolean) : [],
    cap: posInt(raw.cap),
    reportMinutes: posInt(raw.reportMinutes),
    shared: raw.shared === true,
    agendaBlockId: str(raw.agendaBlockId) || null,
    startedAt:
      typeof raw.startedAt === 'number' && Number.isFinite(raw.startedAt) ? raw.startedAt : 0,
  };
}

/** Entries `<blockId>/<participantId>` -> value of a one-participant map, for one block. */
function perParticipant(map: Y.Map<unknown>, blockId: string): Map<string, string> {
  const out = new Map<string, string>();
  const prefix = `${blockId}/`;
  map.forEach((v, key) => {
    if (!key.startsWith(prefix) || typeof v !== 'string') return;
    const owner = readyKeyOwner(key);
    if (owner && 'participant' in owner) out.set(owner.participant, v);
  });
  return out;
}

/** The block's breakout, or null when the facilitator has not split this block. */
export function readBreakout(doc: Y.Doc, blockId: string): Breakout | null {
  const { control, members } = breakoutMaps(doc);
  const plan = parsePlan(control.get(breakoutKey(blockId, 'plan')));
  if (!plan) return null;
  const known = new Set(plan.groups.map((g) => g.id));
  const placed = new Map(
    [...perParticipant(members, blockId)].filter(([, groupId]) => known.has(groupId)),
  );
  const b = control.get(breakoutKey(blockId, 'broadcast'));
  const r = control.get(breakoutKey(blockId, 'report'));
  const lifted: LiftedNote[] = [];
  const liftPrefix = `${blockId}/lifted/`;
  control.forEach((v, key) => {
    if (!key.startsWith(liftPrefix) || !isObj(v)) return;
    const to = v.to === 'decision' || v.to === 'action' ? v.to : 'room';
    lifted.push({
      noteId: key.slice(liftPrefix.length),
      groupId: str(v.groupId),
      to,
      text: str(v.text),
      at: typeof v.at === 'number' ? v.at : 0,
    });
  });
  lifted.sort((a, c) => a.at - c.at || a.noteId.localeCompare(c.noteId));
  const revealed = new Set(
    plan.groups.filter((g) => control.get(revealedKey(blockId, g.id)) === true).map((g) => g.id),
  );
  return {
    blockId,
    plan,
    state: control.get(breakoutKey(blockId, 'state')) === 'running' ? 'running' : 'recalled',
    members: placed,
    broadcast:
      isObj(b) && typeof b.text === 'string' && b.text
        ? { text: b.text, at: typeof b.at === 'number' ? b.at : 0 }
        : null,
    report: {
      groupId: isObj(r) && known.has(str(r.groupId)) ? str(r.groupId) : null,
      endsAt: isObj(r) && typeof r.endsAt === 'number' ? r.endsAt : null,
    },
    lifted,
    revealed,
  };
}

/** The attendees' picks of a block (self-selection): participantId -> groupId. */
export const readPicks = (doc: Y.Doc, blockId: string): Map<string, string> =>
  perParticipant(breakoutMaps(doc).picks, blockId);

/** Members of each group, in the plan's order (participant ids sorted for a stable order). */
export function membersByGroup(b: Breakout): Map<string, string[]> {
  const out = new Map(b.plan.groups.map((g) => [g.id, [] as string[]]));
  for (const [pid, gid] of b.members) out.get(gid)?.push(pid);
  for (const list of out.values()) list.sort();
  return out;
}

/** The group a participant is in while the breakout runs, else null. */
export function runningGroupOf(b: Breakout | null, participantId: string): string | null {
  if (!b || b.state !== 'running') return null;
  return b.members.get(participantId) ?? null;
}

/** Every block with a breakout plan (the plans' keys), for the exports and the host. */
export function breakoutBlocks(doc: Y.Doc): string[] {
  const out: string[] = [];
  breakoutMaps(doc).control.forEach((_v, key) => {
    if (key.endsWith('/plan')) out.push(key.slice(0, -'/plan'.length));
  });
  return out;
}

/** What the facilitator asks attendees to choose (for mixing by attribute), or null. */
export interface AttributeAsk {
  attribute: string;
  choices: string[];
}

export const ASK_KEY = 'ask';

export function readAsk(doc: Y.Doc): AttributeAsk | null {
  const raw = breakoutMaps(doc).control.get(ASK_KEY);
  if (!isObj(raw) || typeof raw.attribute !== 'string' || !raw.attribute) return null;
  const choices = Array.isArray(raw.choices) ? raw.choices.map(str).filter(Boolean) : [];
  return choices.length > 0 ? { attribute: raw.attribute, choices } : null;
}
