// Dot voting: one map entry per vote, keyed by voter (never a shared counter). While voting is
// open each entry's target is sealed to the block's votes key, with a copy only the voter can
// open; the limits are applied on read, the same way on every replica (see acceptEntries).
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { boardMaps, type BoardControl, type BoardViewer } from './boardDoc';
import {
  decodeKey,
  deriveBlockKeyPair,
  encodeKey,
  lockForAuthor,
  openSealed,
  sealTo,
  unlockForAuthor,
} from './boardCrypto';
import { requireControl, transactAnonymously } from './boardWrite';
import { signEntry, signedBy } from '../authority/signedEntries';
import { participantOfVoter, splitVoterKey, voterKey } from '../authority/ownerKeys';
import { readGroups } from './groupCommands';
import { rawBlockNotes } from './readBoard';
import { invalid } from '../refusals';

export interface VoteEntry {
  /** The map key: `${blockId}/${voterKey}/${id}`. */
  key: string;
  id: string;
  /** `p.<participantId>` for named votes, `a.<pseudonym>` for anonymous ones. */
  voterKey: string;
  clock: number;
  /** null when this reader cannot open it (someone else's vote while voting is open). */
  targetId: string | null;
  sealed: string;
  locked: string;
}

/** What a named voter signs for a vote entry: its clock, sealed target and locked copy. */
const voteValue = (clock: unknown, sealed: unknown, locked: unknown) =>
  `${clock}/${sealed}/${locked}`;

/**
 * A named entry counts only when its voter signed it: the key it carries hashes to the voter's
 * participant id, and the signature covers the entry's key and contents. Anonymous entries (`a.`)
 * carry no key; they reach a replica only through the host, which holds each participant to
 * one pseudonym per block (hubAuthority.ts).
 */
function signedByVoter(key: string, voterKey: string, raw: Record<string, unknown>): boolean {
  // A stored value is never changed in place (a new vote is a new object), so its verdict holds:
  // without this, every re-read of the votes checks every signature again (ed25519, about a
  // millisecond each in a browser) on each vote that arrives.
  const known = verdicts.get(raw);
  if (known?.key === key) return known.ok;
  const ok = checkSignature(key, voterKey, raw);
  verdicts.set(raw, { key, ok });
  return ok;
}

const verdicts = new WeakMap<object, { key: string; ok: boolean }>();

function checkSignature(key: string, voterKey: string, raw: Record<string, unknown>): boolean {
  const voter = participantOfVoter(voterKey);
  if (voter === null) return voterKey.startsWith('a.');
  return signedBy(voter, 'vote', key, voteValue(raw.c, raw.s, raw.m), raw);
}

/** Every vote entry of a block, grouped by voter, targets opened where the reader can. */
export function readEntries(
  doc: Y.Doc,
  blockId: string,
  open: (e: { sealed: string; locked: string; voterKey: string }) => string | null,
): Map<string, VoteEntry[]> {
  const byVoter = new Map<string, VoteEntry[]>();
  const prefix = `${blockId}/`;
  boardMaps(doc).votes.forEach((raw, key) => {
    if (!key.startsWith(prefix)) return;
    const parts = splitVoterKey(key, 3);
    if (!parts || parts.subject !== blockId) return;
    const { voter: voterKey, entry: id = '' } = parts;
    if (typeof raw !== 'object' || raw === null) return;
    const { c, s, m } = raw as Record<string, unknown>;
    if (typeof c !== 'number' || typeof s !== 'string' || typeof m !== 'string') return;
    if (!signedByVoter(key, voterKey, raw as Record<string, unknown>)) return;
    const targetId = open({ sealed: s, locked: m, voterKey });
    const list = byVoter.get(voterKey) ?? [];
    list.push({ key, id, voterKey, clock: c, targetId, sealed: s, locked: m });
    byVoter.set(voterKey, list);
  });
  return byVoter;
}

/**
 * The rule, applied on read so that every replica agrees after a merge: a voter's entries in
 * (clock, id) order; an entry counts while the voter has dots left and the target is under its
 * per-note maximum. Entries for targets that no longer exist do not count. An entry this reader
 * cannot open counts against the dots (it is some vote) but against no target.
 */
export function acceptEntries(
  entries: VoteEntry[],
  dots: number,
  maxPerNote: number | null,
  /** A set of target ids, or the targets map itself (only `has` is asked). */
  validTargets: { has(id: string): boolean } | null,
): { accepted: VoteEntry[]; rejected: VoteEntry[] } {
  const sorted = [...entries].sort(
    (a, b) => a.clock - b.clock || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const accepted: VoteEntry[] = [];
  const rejected: VoteEntry[] = [];
  const perTarget = new Map<string, number>();
  for (const e of sorted) {
    if (e.targetId !== null && validTargets && !validTargets.has(e.targetId)) {
      rejected.push(e);
      continue;
    }
    const onTarget = e.targetId === null ? 0 : (perTarget.get(e.targetId) ?? 0);
    if (accepted.length >= dots || (maxPerNote !== null && onTarget >= maxPerNote)) {
      rejected.push(e);
      continue;
    }
    accepted.push(e);
    if (e.targetId !== null) perTarget.set(e.targetId, onTarget + 1);
  }
  return { accepted, rejected };
}

/** Notes and groups (of two notes or more) of the block: what can be voted for. */
export function voteTargets(doc: Y.Doc, blockId: string): Map<string, 'note' | 'group'> {
  const out = new Map<string, 'note' | 'group'>();
  for (const { id } of rawBlockNotes(doc, blockId)) out.set(id, 'note');
  for (const g of readGroups(doc, blockId)) out.set(g.id, 'group');
  return out;
}

/**
 * What a box opened to under a key (a target id, or null), remembered: one box opens to one
 * text under one key, and a re-read of the votes on each vote that arrives would otherwise open
 * every entry again (a millisecond or more each). Keyed by the key's text, never by box alone.
 */
const opened = new Map<string, string | null>();
function openOnce(keyId: string, box: string, open: () => string | null): string | null {
  const k = `${keyId}\n${box}`;
  let v = opened.get(k);
  if (v === undefined) {
    v = open();
    if (opened.size > 50_000) opened.clear();
    opened.set(k, v);
  }
  return v;
}

/** How a reader opens entries: own ones with the author key, all with the votes secret key. */
export function entryOpener(
  control: BoardControl,
  blockId: string,
  viewer: BoardViewer,
): (e: { sealed: string; locked: string }) => string | null {
  let secret: Uint8Array | null = null;
  if (control.votesSecretKey) secret = decodeKey(control.votesSecretKey);
  else if (viewer.isFacilitator && viewer.facilitatorSecret)
    secret = deriveBlockKeyPair(viewer.facilitatorSecret, blockId, 'votes').secretKey;
  const authorKey = viewer.authorKey;
  const authorId = authorKey ? `a:${encodeKey(authorKey)}` : '';
  const secretId = secret ? `s:${encodeKey(secret)}` : '';
  return ({ sealed, locked }) =>
    (authorKey ? openOnce(authorId, locked, () => unlockForAuthor(authorKey, locked)) : null) ??
    (secret ? openOnce(secretId, sealed, () => openSealed(secret, sealed)) : null);
}

function ownState(doc: Y.Doc, blockId: string, voter: BoardViewer) {
  const control = requireControl(doc, blockId);
  if (control.voting !== 'open') throw invalid('vote.notOpen');
  if (!voter.authorKey) throw invalid('key.missing');
  const { anonymousVotes, dotsPerPerson, maxPerNote } = control.settings;
  // A board's pseudonym domain is its block id.
  const ownKey = voterKey(blockId, voter, anonymousVotes);
  const authorKey = voter.authorKey;
  const entries =
    readEntries(doc, blockId, ({ locked }) => unlockForAuthor(authorKey, locked)).get(ownKey) ?? [];
  const targets = voteTargets(doc, blockId);
  const verdict = acceptEntries(entries, dotsPerPerson, maxPerNote, targets);
  return { control, voterKey: ownKey, authorKey, entries, targets, ...verdict };
}

/** Casts one dot on a note or group; throws when none are left or the target is at its max. */
export function castVote(
  doc: Y.Doc,
  args: { blockId: string; targetId: string; voter: BoardViewer; id?: string },
  origin: unknown = LOCAL_ORIGIN,
): string {
  const s = ownState(doc, args.blockId, args.voter);
  const { dotsPerPerson, maxPerNote, votesPublicKey, anonymousVotes } = s.control.settings;
  if (!s.targets.has(args.targetId)) throw invalid('vote.notOnBoard');
  if (s.accepted.length >= dotsPerPerson) throw invalid('vote.noneLeft');
  const onTarget = s.accepted.filter((e) => e.targetId === args.targetId).length;
  if (maxPerNote !== null && onTarget >= maxPerNote)
    throw invalid('vote.maxPerNote', { max: maxPerNote });
  const id = args.id ?? randomId(8);
  const clock = s.entries.reduce((max, e) => Math.max(max, e.clock), 0) + 1;
  const key = `${args.blockId}/${s.voterKey}/${id}`;
  const entry: Record<string, unknown> = {
    c: clock,
    s: sealTo(decodeKey(votesPublicKey), args.targetId),
    m: lockForAuthor(s.authorKey, args.targetId),
  };
  if (!anonymousVotes) {
    const voter = { participantId: args.voter.participantId, authorKey: s.authorKey };
    Object.assign(entry, signEntry('vote', key, voteValue(clock, entry.s, entry.m), voter));
  }
  const write = () => {
    const votes = boardMaps(doc).votes;
    for (const e of s.rejected) votes.delete(e.key); // tidy what a concurrent replica overspent
    votes.set(key, entry);
  };
  if (anonymousVotes) transactAnonymously(doc, write);
  else transact(doc, origin, write);
  return id;
}

/** Takes back the voter's latest counted vote on the target; false when there was none. */
export function takeBackVote(
  doc: Y.Doc,
  args: { blockId: string; targetId: string; voter: BoardViewer },
  origin: unknown = LOCAL_ORIGIN,
): boolean {
  const s = ownState(doc, args.blockId, args.voter);
  const last = s.accepted.filter((e) => e.targetId === args.targetId).pop();
  if (!last) return false;
  const write = () => {
    const votes = boardMaps(doc).votes;
    votes.delete(last.key);
    for (const e of s.rejected) votes.delete(e.key);
  };
  if (s.control.settings.anonymousVotes) transactAnonymously(doc, write);
  else transact(doc, origin, write);
  return true;
}
