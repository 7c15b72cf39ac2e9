// The roster's writes, all the host's own (its replica; never a peer's): a participant's join
// (admitted, or waiting in the lobby and why), the facilitator's admit and remove, the admission
// mode, and the roster of a session from before the roster.
import type * as Y from 'yjs';
import { SCHEMA } from '../schema';
import { boardVoteOwner, subjectVoterOwner, voterSlot } from '../authority/ownerKeys';
import { listParticipants } from '../session/read';
import { admissionMap, rosterMap } from './names';
import { admissionMode, rosterRecord, type AdmissionMode, type RosterRecord } from './read';
import type { DeviceBook } from './devices';
import { englishOf } from '../refusals';

export interface LobbyLimits {
  /** Participants waiting from one device address at most; past it, further ones are refused. */
  perAddress: number;
  /** Participants waiting in one session at most. */
  total: number;
}

export interface JoinRequest {
  participantId: string;
  /** Where the participant connects from: kept in the host's `devices`, never in the doc. */
  address: string;
  devices: DeviceBook;
  now: number;
  /** The host admits everyone on arrival unless the facilitator admits by hand (a test rig, or
   * a room where every device shares one address). */
  admitEveryone?: boolean;
  lobby: LobbyLimits;
}

const SAME_DEVICE = 'Someone has already joined from this device';

/** The reasons the roster keeps, in English (as sessions have always kept them); a page says
 * them in its reader's language by their code (lobbyReasonCode). */
export const REASONS = {
  // No address in it: the reason is in the doc, which every attendee holds.
  device: englishOf('roster.sameDevice'),
  hand: englishOf('roster.byHand'),
  removed: englishOf('roster.removed'),
} as const;

/**
 * Records a join in the roster and says where the participant stands: as they were when they came
 * before (a removed participant stays removed), else admitted or waiting by the admission mode.
 * 'lobby full' when they would wait and the lobby has no room: nothing is written then, so a
 * flood of fresh identities cannot grow the document. Call inside the host's transaction.
 */
export function joinRoster(doc: Y.Doc, req: JoinRequest): RosterRecord | 'lobby full' {
  const roster = rosterMap(doc);
  const { devices } = req;
  const known = rosterRecord(doc, req.participantId);
  if (known) {
    devices.note(req.participantId, req.address);
    return known;
  }
  const mode = admissionMode(doc);
  // One pass over the roster, unsorted (a join of 500 at once reads it 500 times).
  let sameDevice = false;
  let waiting = 0;
  let waitingHere = 0;
  roster.forEach((raw, id) => {
    const r = raw as Partial<RosterRecord> | null;
    if (r?.state === 'admitted' && devices.has(id, req.address)) sameDevice = true;
    if (r?.state === 'waiting') {
      waiting++;
      if (devices.has(id, req.address)) waitingHere++;
    }
  });
  let reason: string | null = null;
  if (mode === 'hand') reason = REASONS.hand;
  else if (!req.admitEveryone && sameDevice) reason = REASONS.device;
  if (reason !== null && (waiting >= req.lobby.total || waitingHere >= req.lobby.perAddress))
    return 'lobby full';
  const record: RosterRecord = {
    joinedAt: req.now,
    state: reason === null ? 'admitted' : 'waiting',
    reason: reason ?? '',
  };
  roster.set(req.participantId, record);
  devices.note(req.participantId, req.address);
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
    roster.set(p.id, { joinedAt: p.joinedAt, state: 'admitted', reason: '' });
}

/**
 * A doc from before the addresses left it kept each participant's device address in their roster
 * record (and in a lobby reason), where every attendee could read it. The host moves them into its
 * device book and rewrites those records without them (no schema step: readers never needed the
 * field, and a record without it reads the same); the overwritten values are deleted content the
 * doc garbage-collects. Returns how many records were rewritten. Call inside the host's
 * transaction when it opens a session.
 */
export function moveAddressesOut(doc: Y.Doc, devices: DeviceBook): number {
  const roster = rosterMap(doc);
  const rewrite: [string, Record<string, unknown>][] = [];
  roster.forEach((raw, id) => {
    if (typeof raw !== 'object' || raw === null || !('address' in raw)) return;
    const { address, ...rest } = raw as Record<string, unknown>;
    if (typeof address === 'string') devices.note(id, address);
    // The old lobby reason named the address: say it again in today's words.
    if (typeof rest.reason === 'string' && rest.reason.startsWith(SAME_DEVICE))
      rest.reason = REASONS.device;
    rewrite.push([id, rest]);
  });
  for (const [id, record] of rewrite) roster.set(id, record);
  return rewrite.length;
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
