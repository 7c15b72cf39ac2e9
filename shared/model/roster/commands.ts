// The roster's writes, all the host's own (its replica; never a peer's): a participant's join
// (admitted, or waiting in the lobby and why), the facilitator's admit and remove, the admission
// mode, and the roster of a session from before the roster.
import type * as Y from 'yjs';
import { SCHEMA } from '../schema';
import { boardVoteOwner, subjectVoterOwner, voterSlot } from '../authority/ownerKeys';
import { listParticipants } from '../session/read';
import { admissionMap, rosterMap } from './names';
import { admissionMode, rosterRecord, type AdmissionMode, type RosterRecord } from './read';

export interface LobbyLimits {
  /** Participants waiting from one device address at most; past it, further ones are refused. */
  perAddress: number;
  /** Participants waiting in one session at most. */
  total: number;
}

export interface JoinRequest {
  participantId: string;
  address: string;
  now: number;
  /** The host admits everyone on arrival unless the facilitator admits by hand (a test rig, or
   * a room where every device shares one address). */
  admitEveryone?: boolean;
  lobby: LobbyLimits;
}

export const REASONS = {
  device: (address: string) =>
    `Someone has already joined from this device (${address}). The facilitator decides whether you count separately.`,
  hand: 'The facilitator admits each person by hand in this session.',
  removed: 'The facilitator removed you from this session.',
} as const;

/**
 * Records a join in the roster and says where the participant stands: as they were when they came
 * before (a removed participant stays removed), else admitted or waiting by the admission mode.
 * 'lobby full' when they would wait and the lobby has no room: nothing is written then, so a
 * flood of fresh identities cannot grow the document. Call inside the host's transaction.
 */
export function joinRoster(doc: Y.Doc, req: JoinRequest): RosterRecord | 'lobby full' {
  const roster = rosterMap(doc);
  const known = rosterRecord(doc, req.participantId);
  if (known) {
    if (known.address !== req.address) {
      const moved = { ...known, address: req.address };
      roster.set(req.participantId, moved);
      return moved;
    }
    return known;
  }
  const mode = admissionMode(doc);
  // One pass over the roster, unsorted (a join of 500 at once reads it 500 times).
  let sameDevice = false;
  let waiting = 0;
  let waitingHere = 0;
  roster.forEach((raw) => {
    const r = raw as Partial<RosterRecord> | null;
    if (r?.state === 'admitted' && r.address === req.address) sameDevice = true;
    if (r?.state === 'waiting') {
      waiting++;
      if (r.address === req.address) waitingHere++;
    }
  });
  let reason: string | null = null;
  if (mode === 'hand') reason = REASONS.hand;
  else if (!req.admitEveryone && sameDevice) reason = REASONS.device(req.address);
  if (reason !== null && (waiting >= req.lobby.total || waitingHere >= req.lobby.perAddress))
    return 'lobby full';
  const record: RosterRecord = {
    address: req.address,
    joinedAt: req.now,
    state: reason === null ? 'admitted' : 'waiting',
    reason: reason ?? '',
  };
  roster.set(req.participantId, record);
  return record;
}

/** The facilitator admits or removes a participant; false when nobody by that id joined. */
export function setRosterState(
  doc: Y.Doc,
  participantId: string,
  state: 'admitted' | 'removed',
): boolean {
  const known = rosterRecord(doc, participantId);
  if (!known) return false;
  rosterMap(doc).set(participantId, {
    ...known,
    state,
    reason: state === 'removed' ? REASONS.removed : '',
  });
  return true;
}

export function setAdmissionMode(doc: Y.Doc, mode: AdmissionMode): void {
  admissionMap(doc).set('mode', mode);
}

/**
 * A session from before the roster: everyone who took part is admitted (their address unknown),
 * so its votes keep counting. Does nothing once the roster has anyone.
 */
export function seedRoster(doc: Y.Doc): void {
  const roster = rosterMap(doc);
  if (roster.size > 0) return;
  for (const p of listParticipants(doc))
    roster.set(p.id, { address: '', joinedAt: p.joinedAt, state: 'admitted', reason: '' });
}

/** A voter slot: the entries of one voter on one subject, in one top-level type. */
export interface VoterSlot {
  root: string;
  subject: string;
  /** `p.<participantId>` or `a.<pseudonym>`. */
  voter: string;
}

/** The types that hold one-per-voter entries (board votes, upvotes, poll answers). */
const voterTypes = (): string[] =>
  [...SCHEMA.values()]
    .filter((s) => s.keyOwner === subjectVoterOwner || s.keyOwner === boardVoteOwner)
    .map((s) => s.name);

/**
 * Takes back a removed participant's votes, upvotes and answers: every named one, and the
 * anonymous ones whose pseudonyms the host knows are theirs (`anonymous`, from its memory).
 * Returns how many entries went.
 */
export function takeBackVotes(doc: Y.Doc, participantId: string, anonymous: VoterSlot[]): number {
  const named = `p.${encodeURIComponent(participantId)}`;
  let n = 0;
  for (const root of voterTypes()) {
    const map = doc.getMap<unknown>(root);
    const theirs = new Set(
      anonymous.filter((a) => a.root === root).map((a) => `${a.subject}/${a.voter}`),
    );
    for (const key of [...map.keys()]) {
      const { subject, voter } = voterSlot(key);
      if (voter === named || theirs.has(`${subject}/${voter}`)) {
        map.delete(key);
        n++;
      }
    }
  }
  return n;
}
