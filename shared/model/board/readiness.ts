// "I'm done" per block and participant: one key per participant, so marks never collide.
// Everyone sees the count; only the facilitator gets the names.
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { listParticipants } from '../session/read';
import { boardMaps, type BoardViewer } from './boardDoc';
import { readyKey } from '../authority/ownerKeys';

/** Marks (done = true) or unmarks the participant as done with the block. */
export function setDone(
  doc: Y.Doc,
  args: { blockId: string; participantId: string; done: boolean },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const { ready } = boardMaps(doc);
  const key = readyKey(args.blockId, args.participantId);
  if (args.done === (ready.get(key) === true)) return;
  transact(doc, origin, () => {
    if (args.done) ready.set(key, true);
    else ready.delete(key);
  });
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

/** "7 of 9 done". Pass `expected` (e.g. the attendees online now) to count against them. */
export function readReadiness(
  doc: Y.Doc,
  blockId: string,
  viewer: BoardViewer,
  expected?: string[],
): Readiness {
  const { ready } = boardMaps(doc);
  const pool = expected ?? listParticipants(doc).map((p) => p.id);
  const done = [...new Set(pool)].filter((id) => ready.get(readyKey(blockId, id)) === true).sort();
  return {
    done: done.length,
    total: new Set(pool).size,
    self: ready.get(readyKey(blockId, viewer.participantId)) === true,
    who: viewer.isFacilitator ? done : null,
  };
}
