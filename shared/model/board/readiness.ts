// "I'm done" per block and participant: one key per participant, so marks never collide, each
// signed by its participant (readers count no other).
// Everyone sees the count; only the facilitator gets the names.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { listParticipants } from '../session/read';
import { boardMaps, type BoardViewer } from './boardDoc';
import { readyKey, readyKeyOwner } from '../authority/ownerKeys';
import { signEntry, signedBy } from '../authority/signedEntries';
import { countedParticipants } from '../roster/read';

/** What a participant signs for a "done" flag (signedEntries.ts). */
const DONE = 'done';

/** Marks (done = true) or unmarks the participant as done with the block: a flag signed with the
 * participant's key, so a flag written in someone else's name counts for nobody. */
export function setDone(
  doc: Y.Doc,
  args: { blockId: string; participantId: string; authorKey?: Uint8Array; done: boolean },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const { ready } = boardMaps(doc);
  const key = readyKey(args.blockId, args.participantId);
  if (args.done === isDone(ready, args.blockId, args.participantId)) return;
  const flag = args.done ? signEntry('ready', key, DONE, args) : null;
  transact(doc, origin, () => {
    if (flag) ready.set(key, flag);
    else ready.delete(key);
  });
}

/** Is the participant's flag there, and signed by them? */
function isDone(ready: Y.Map<unknown>, blockId: string, participantId: string): boolean {
  const key = readyKey(blockId, participantId);
  const raw = ready.get(key);
  return (
    typeof raw === 'object' &&
    raw !== null &&
    signedBy(participantId, 'ready', key, DONE, raw as Record<string, unknown>)
  );
}

export interface Readiness {
  done: number;
  /** Those expected to take part: `expected` when given, else every participant of the session. */
  total: number;
  /** Whether the viewer themself is done. */
  self: boolean;
  /** Participant ids that are done; only for the facilitator, otherwise null. */
  who: string[] | null;
}

/**
 * "7 of 9 done". Pass `expected` (the attendees online now, as the host's live connections say:
 * presenceStore.ts) to count against them. Only participants the facilitator admitted count, in
 * N and in M (the host's roster): someone waiting in the lobby, or removed, counts nowhere, and
 * every flag counted is signed by its participant. So the count is made only of what the host
 * vouches for; a modified client can neither inflate it nor hold it back.
 */
export function readReadiness(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  expected?: string[],
  /** countedParticipants(doc), when the caller reads many boards at once (a breakout's groups). */
  counted: Set<string> | null = countedParticipants(doc),
): Readiness {
  const { ready } = boardMaps(doc);
  const pool = new Set(
    (expected ?? listParticipants(doc).map((p) => p.id)).filter((id) => counted?.has(id) ?? true),
  );
  const done = [...pool].filter((id) => isDone(ready, blockId, id)).sort();
  return {
    done: done.length,
    total: pool.size,
    self: isDone(ready, blockId, viewer.participantId),
    who: viewer.isFacilitator ? done : null,
  };
}

/** The participants whose own signed flag says they are done with the block. */
export function doneParticipants(doc: Y.Doc, blockId: string): string[] {
  const { ready } = boardMaps(doc);
  const prefix = `${blockId}/`;
  const out: string[] = [];
  for (const key of ready.keys()) {
    if (!key.startsWith(prefix)) continue;
    const owner = readyKeyOwner(key);
    if (owner && 'participant' in owner && isDone(ready, blockId, owner.participant))
      out.push(owner.participant);
  }
  return out;
}

/**
 * "N of M done" as the room reads it (console, projector, a phone's own "You are done"), given
 * the admitted attendees online now (`online`: presenceStore.ts). M is who is online and who is
 * done: a "done" is a signed flag in the doc and stays counted when its attendee puts the phone
 * away (locked, asleep, out of Wi-Fi) or when this page's own connection drops (a host restart:
 * y-websocket forgets every presence then); counting only who was online turned a board everyone
 * had finished into "0 of 0 done". Someone who left before being done is not waited for; the
 * roster still decides who counts at all (readReadiness).
 */
export function roomReadiness(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  online: string[],
): Readiness {
  const expected = new Set(online);
  for (const id of doneParticipants(doc, blockId)) expected.add(id);
  return readReadiness(doc, blockId, viewer, [...expected]);
}
