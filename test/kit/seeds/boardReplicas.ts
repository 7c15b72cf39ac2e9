// Test helpers for the board: people with their keys, replicas that sync only when told to.
import * as Y from 'yjs';
import { joinSession } from '#shared/model/session/commands';
import {
  createAuthorKey,
  createFacilitatorSecret,
  setupBoard,
  type BoardOptions,
  type BoardViewer,
} from '#shared/model/board/index';
import { participantIdOf, participantKeys } from '#shared/model/authority/signing';

export const BLOCK = 'block-1';

export function facilitator(): BoardViewer {
  return {
    participantId: 'fac',
    name: 'Fran Facilitator',
    isFacilitator: true,
    facilitatorSecret: createFacilitatorSecret(),
    authorKey: createAuthorKey(),
  };
}

/** An attendee whose participant id is their signing key's (so their votes verify). The
 * label is for the test's reading only. */
export function attendee(_label: string, name: string): BoardViewer {
  const authorKey = createAuthorKey();
  const participantId = participantIdOf(participantKeys(authorKey).publicKey);
  return { participantId, name, isFacilitator: false, authorKey };
}

/** Brings every replica up to date with every other (an in-memory mesh flushed on demand). */
export function sync(...docs: Y.Doc[]): void {
  for (const from of docs)
    for (const to of docs)
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** A facilitator's doc with a board on BLOCK, plus one fresh replica per attendee, all synced. */
export function room(options: BoardOptions = {}, names = ['Alice Wonder', 'Bob Builder']) {
  const fac = facilitator();
  const facDoc = new Y.Doc();
  setupBoard(facDoc, { blockId: BLOCK, facilitator: fac, options });
  const people = names.map((n, i) => attendee(`p${i + 1}`, n));
  const docs = people.map((p) => {
    const d = new Y.Doc();
    joinSession(d, { id: p.participantId, name: p.name ?? '', now: 1 });
    return d;
  });
  sync(facDoc, ...docs);
  return { fac, facDoc, people, docs, all: [facDoc, ...docs] };
}

/** Whether the replica's full state, as bytes and as JSON, mentions the string anywhere. */
export function replicaMentions(doc: Y.Doc, needle: string): { bytes: boolean; json: boolean } {
  const bytes = Buffer.from(Y.encodeStateAsUpdate(doc));
  return {
    bytes: bytes.includes(Buffer.from(needle, 'utf8')),
    json: JSON.stringify(doc.toJSON()).includes(needle),
  };
}
