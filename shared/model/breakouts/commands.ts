// Breakouts' writes: the facilitator splits a block's room into groups (each with a board of its
// own), moves people, reshuffles, broadcasts, recalls, steps through the report-out and lifts a
// group's notes onto the room's board or into the registers. An attendee's writes (picking a
// group, their attribute value and box key) are attendeeCommands.ts, which a phone loads without
// these; they are exported here too. Every command is one transaction with its origin.
import type * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { cleanText } from '../limits';
import {
  addBoardNote,
  boardMaps,
  closeVoting,
  controlKey,
  readControl,
  revealNotes,
  setupBoard,
  type BoardViewer,
} from '../board/index';
import { addAction, addDecision } from '../registers/commands';
import {
  breakoutKey,
  breakoutMaps,
  groupBoardId,
  groupReads,
  liftedKey,
  revealedKey,
  memberKey,
  readBreakout,
  type Breakout,
  type BreakoutPlan,
  type BreakoutRule,
  type LiftTarget,
  ASK_KEY,
  readAsk,
} from './read';
import { dealGroups, groupCount } from './split';
import { readSessionLanguage } from '../session/language';
import type { Language } from '../../i18n/languages';

/** A new group's name, in the session's language (it is the doc's data: exports print it). */
const GROUP_NAME: Record<Language, (n: number) => string> = {
  en: (n) => `Group ${n}`,
  de: (n) => `Gruppe ${n}`,
  fr: (n) => `Groupe ${n}`,
};
import { publishedBoxKey, sealSight } from './sight';
import { invalid } from '../refusals';
import { ATTRIBUTE_MAX_CHARS, requireBreakout } from './attendeeCommands';
import { breakoutPeople } from './people';

export { ATTRIBUTE_MAX_CHARS, pickGroup, setOwnBreakoutFields } from './attendeeCommands';

export const BROADCAST_MAX_CHARS = 140;

const requireFacilitator = (v: BoardViewer) => {
  if (!v.isFacilitator || !v.facilitatorSecret) throw invalid('breakout.facilitatorOnly');
};

export interface StartBreakoutArgs {
  blockId: string;
  /** How many groups, or (`size`) how many people per group. */
  count?: number;
  size?: number;
  rule: BreakoutRule;
  /** Mixing by attribute: what people choose ("Team") and the values ("Product", …). */
  attribute?: string | null;
  choices?: string[];
  /** Self-selection: most people per group. */
  cap?: number | null;
  reportMinutes?: number | null;
  /** The agenda block the room is on (its countdown ends the breakout); defaults to blockId. */
  agendaBlockId?: string | null;
  /** Host clock now (the console passes hostNow()). */
  now?: number;
  facilitator: BoardViewer;
  random?: () => number;
}

/**
 * Splits the block's room: writes the plan, a board per group (the block's columns and privacy
 * rules; notes sealed to the group's key), places everyone by an automatic rule (self-selection
 * and "by hand" place nobody yet) and starts the breakout. Bad input writes nothing.
 */
export function startBreakout(
  doc: Y.Doc,
  args: StartBreakoutArgs,
  origin: unknown = LOCAL_ORIGIN,
): Breakout {
  requireFacilitator(args.facilitator);
  const people = breakoutPeople(doc);
  const auto = args.rule === 'random' || args.rule === 'attribute';
  if (auto && people.length === 0) throw invalid('breakout.nobodyYet');
  if (!auto && args.count === undefined) throw invalid('breakout.chooseCount');
  const n = groupCount(people.length, { count: args.count, size: args.size });
  const cap = args.cap ?? null;
  if (args.rule === 'self' && cap !== null && (!Number.isInteger(cap) || cap < 1))
    throw invalid('breakout.cap');
  const ask = readAsk(doc);
  const attribute =
    args.rule === 'attribute'
      ? cleanText(args.attribute ?? ask?.attribute ?? '', 'The attribute', ATTRIBUTE_MAX_CHARS)
      : null;
  const choices = (args.choices ?? ask?.choices ?? [])
    .map((c) => cleanText(c, 'A choice', ATTRIBUTE_MAX_CHARS, true))
    .filter(Boolean);
  if (args.rule === 'attribute' && choices.length < 2) throw invalid('breakout.mixValues');
  const block = readControl(doc, args.blockId);
  const plan: BreakoutPlan = {
    groups: Array.from({ length: n }, (_, i) => ({
      id: `g${i + 1}`,
      name: GROUP_NAME[readSessionLanguage(doc)](i + 1),
    })),
    rule: args.rule,
    attribute,
    choices,
    cap: args.rule === 'self' ? cap : null,
    reportMinutes: args.reportMinutes ?? null,
    shared: !(block?.settings.privateWriting ?? false),
    agendaBlockId: args.agendaBlockId ?? args.blockId,
    startedAt: args.now ?? Date.now(),
  };
  const placed = auto
    ? dealGroups(
        people,
        plan.groups.map((g) => g.id),
        args.rule === 'attribute',
        args.random,
      )
    : new Map<string, string>();
  const { control, members, picks } = breakoutMaps(doc);
  return transact(doc, origin, () => {
    clearBlock(members, args.blockId);
    clearBlock(picks, args.blockId);
    clearBlock(control, args.blockId);
    control.set(breakoutKey(args.blockId, 'plan'), plan);
    for (const g of plan.groups) {
      const boardId = groupBoardId(args.blockId, g.id);
      setupBoard(
        doc,
        {
          blockId: boardId,
          facilitator: args.facilitator,
          options: {
            columns: block?.settings.columns ?? [],
            anonymous: block?.settings.anonymous ?? false,
            attendeesMayGroup: block?.settings.attendeesMayGroup ?? true,
            dotsPerPerson: block?.settings.dotsPerPerson,
            maxPerNote: block?.settings.maxPerNote ?? null,
            anonymousVotes: block?.settings.anonymousVotes ?? false,
            // Sealed to the group's key whatever the block says: members hold it, others don't.
            privateWriting: true,
          },
        },
        origin,
      );
    }
    for (const [pid, gid] of placed) members.set(memberKey(args.blockId, pid), gid);
    control.set(breakoutKey(args.blockId, 'state'), 'running');
    syncSight(doc, args.blockId, args.facilitator.facilitatorSecret!);
    return readBreakout(doc, args.blockId)!;
  });
}

/** Deletes every entry of one block from a breakout map (a new split starts afresh). */
function clearBlock(map: Y.Map<unknown>, blockId: string): void {
  for (const key of [...map.keys()]) if (key.startsWith(`${blockId}/`)) map.delete(key);
}

/**
 * Each member's sealed copy of their group board's key (when the plan lets members read each
 * other), and no copy of any other group's: run after every change of membership, by the
 * facilitator's window or the host. Writes only what differs. Call inside a transaction.
 */
export function syncSight(doc: Y.Doc, blockId: string, facilitatorSecret: Uint8Array): void {
  const b = readBreakout(doc, blockId);
  const { sight } = breakoutMaps(doc);
  const wanted = new Map<string, string>(); // sight key -> box key it must be sealed to
  if (b)
    for (const [pid, gid] of b.members) {
      if (!groupReads(b, gid)) continue;
      const box = publishedBoxKey(doc, pid);
      if (box) wanted.set(memberKey(groupBoardId(blockId, gid), pid), box);
    }
  for (const key of [...sight.keys()])
    if (key.startsWith(`${blockId}~`) && !wanted.has(key)) sight.delete(key);
  for (const [key, box] of wanted) {
    const known = sight.get(key) as { box?: unknown } | undefined;
    if (known?.box === box) continue;
    const boardId = key.slice(0, key.lastIndexOf('/'));
    const sealed = sealSight(facilitatorSecret, boardId, box);
    if (sealed) sight.set(key, { sealed, box });
  }
}

/** The facilitator moves a person to a group (null: out of every group). */
export function moveMember(
  doc: Y.Doc,
  args: {
    blockId: string;
    participantId: string;
    groupId: string | null;
    facilitator: BoardViewer;
  },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireBreakout(doc, args.blockId);
  if (args.groupId !== null && !b.plan.groups.some((g) => g.id === args.groupId))
    throw invalid('breakout.noGroup');
  const { members } = breakoutMaps(doc);
  transact(doc, origin, () => {
    const key = memberKey(args.blockId, args.participantId);
    if (args.groupId === null) members.delete(key);
    else members.set(key, args.groupId);
    syncSight(doc, args.blockId, args.facilitator.facilitatorSecret!);
  });
}

/** Deals everyone again by the plan's rule (random when the plan is self-selection or by hand). */
export function reshuffle(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer; random?: () => number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireBreakout(doc, args.blockId);
  const people = breakoutPeople(doc);
  const placed = dealGroups(
    people,
    b.plan.groups.map((g) => g.id),
    b.plan.rule === 'attribute',
    args.random,
  );
  const { members } = breakoutMaps(doc);
  transact(doc, origin, () => {
    clearBlock(members, args.blockId);
    for (const [pid, gid] of placed) members.set(memberKey(args.blockId, pid), gid);
    syncSight(doc, args.blockId, args.facilitator.facilitatorSecret!);
  });
}

/** A short message on every group's pages ("5 minutes left"). */
export function broadcast(
  doc: Y.Doc,
  args: { blockId: string; text: string; now?: number; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  requireBreakout(doc, args.blockId);
  const text = cleanText(args.text, 'The message', BROADCAST_MAX_CHARS);
  transact(doc, origin, () =>
    breakoutMaps(doc).control.set(breakoutKey(args.blockId, 'broadcast'), {
      text,
      at: args.now ?? Date.now(),
    }),
  );
}

/**
 * Every page returns to the room: the breakout stops and every group board is revealed (its
 * notes key published), so the report-out and the exports read every group's notes.
 */
export function recallBreakout(
  doc: Y.Doc,
  args: { blockId: string; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireBreakout(doc, args.blockId);
  transact(doc, origin, () => {
    const { control } = breakoutMaps(doc);
    control.set(breakoutKey(args.blockId, 'state'), 'recalled');
    control.delete(breakoutKey(args.blockId, 'broadcast'));
    for (const g of b.plan.groups) {
      const boardId = groupBoardId(args.blockId, g.id);
      if (readControl(doc, boardId)?.voting === 'open')
        closeVoting(doc, { blockId: boardId, facilitator: args.facilitator }, origin);
      if (readControl(doc, boardId)?.phase === 'writing')
        revealNotes(doc, { blockId: boardId, facilitator: args.facilitator }, origin);
    }
  });
}

/** The groups a command acts on: one (by id) or, for null, every group of the plan. */
function targets(b: Breakout, groupId: string | null): string[] {
  if (groupId === null) return b.plan.groups.map((g) => g.id);
  if (!b.plan.groups.some((g) => g.id === groupId)) throw invalid('breakout.noGroup');
  return [groupId];
}

function requireRunning(doc: Y.Doc, blockId: string): Breakout {
  const b = requireBreakout(doc, blockId);
  if (b.state !== 'running') throw invalid('breakout.over');
  return b;
}

/**
 * On a private-writing board, reveals a group's notes to its own members (null: to every group):
 * each member gets the group board's key sealed to them, so they read, group and vote together,
 * while the other groups, the projector and the host still hold sealed text until the recall.
 */
export function revealToGroup(
  doc: Y.Doc,
  args: { blockId: string; groupId: string | null; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireRunning(doc, args.blockId);
  const ids = targets(b, args.groupId);
  transact(doc, origin, () => {
    const { control } = breakoutMaps(doc);
    for (const gid of ids) control.set(revealedKey(args.blockId, gid), true);
    syncSight(doc, args.blockId, args.facilitator.facilitatorSecret!);
  });
}

/**
 * Opens (or closes) dot voting on a group's board (null: every group's) while the breakout runs.
 * A group votes once its members read each other's notes; closing publishes the votes key, so the
 * group's notes read in its own vote order. Groups already in that state are left as they are.
 */
export function setGroupVoting(
  doc: Y.Doc,
  args: { blockId: string; groupId: string | null; open: boolean; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireRunning(doc, args.blockId);
  const ids = targets(b, args.groupId);
  if (args.open && !ids.some((gid) => groupReads(b, gid))) throw invalid('breakout.revealFirst');
  transact(doc, origin, () => {
    for (const gid of ids) {
      const boardId = groupBoardId(args.blockId, gid);
      const voting = readControl(doc, boardId)?.voting;
      if (args.open && voting === 'idle' && groupReads(b, gid))
        boardMaps(doc).control.set(controlKey(boardId, 'voting'), 'open');
      else if (!args.open && voting === 'open')
        closeVoting(doc, { blockId: boardId, facilitator: args.facilitator }, origin);
    }
  });
}

/** The projector shows one group's board (null: the report-out ends), with its timer if set. */
export function showGroup(
  doc: Y.Doc,
  args: { blockId: string; groupId: string | null; now?: number; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireBreakout(doc, args.blockId);
  if (args.groupId !== null && !b.plan.groups.some((g) => g.id === args.groupId))
    throw invalid('breakout.noGroup');
  const now = args.now ?? Date.now();
  const minutes = b.plan.reportMinutes;
  transact(doc, origin, () =>
    breakoutMaps(doc).control.set(breakoutKey(args.blockId, 'report'), {
      groupId: args.groupId,
      endsAt: args.groupId !== null && minutes ? now + minutes * 60_000 : null,
    }),
  );
}

/**
 * Lifts a group's note onto the room's board (the block's own board, named after the group) or
 * into the decision or action register, and records what was lifted, in one transaction.
 */
export function liftNote(
  doc: Y.Doc,
  args: {
    blockId: string;
    groupId: string;
    noteId: string;
    text: string;
    to: LiftTarget;
    facilitator: BoardViewer;
    now?: number;
  },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const b = requireBreakout(doc, args.blockId);
  const group = b.plan.groups.find((g) => g.id === args.groupId);
  if (!group) throw invalid('breakout.noGroup');
  const text = args.text.trim();
  if (!text) throw invalid('breakout.noteSealed');
  const now = args.now ?? Date.now();
  const link = { sourceBlockId: args.blockId, sourceNoteIds: [args.noteId] };
  transact(doc, origin, () => {
    if (args.to === 'room') {
      if (!readControl(doc, args.blockId)) throw invalid('breakout.noRoomBoard');
      addBoardNote(
        doc,
        { blockId: args.blockId, text, author: { ...args.facilitator, name: group.name }, now },
        origin,
      );
    } else if (args.to === 'decision') addDecision(doc, { title: text, ...link, now }, origin);
    else addAction(doc, { title: text, ...link }, origin);
    breakoutMaps(doc).control.set(liftedKey(args.blockId, args.noteId), {
      groupId: args.groupId,
      to: args.to,
      text,
      at: now,
    });
  });
}

/** The facilitator asks everyone to choose a value of an attribute ("Team": Product, …), which
 * mixing by attribute then spreads over the groups. */
export function askAttribute(
  doc: Y.Doc,
  args: { attribute: string; choices: string[]; facilitator: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(args.facilitator);
  const attribute = cleanText(args.attribute, 'The attribute', ATTRIBUTE_MAX_CHARS);
  const choices = [
    ...new Set(args.choices.map((c) => cleanText(c, 'A choice', ATTRIBUTE_MAX_CHARS, true))),
  ].filter(Boolean);
  if (choices.length < 2) throw invalid('breakout.mixValues');
  transact(doc, origin, () => breakoutMaps(doc).control.set(ASK_KEY, { attribute, choices }));
}
