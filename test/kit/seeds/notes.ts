// Sessions put into a host without the UI: parking-lot notes written in one transaction, and
// `.offsite` files built here and imported through the host's API.
import * as Y from 'yjs';
import { encodeOffsiteFile } from '#electron/host/store/offsiteFile';
import { initSession } from '#shared/model/session/commands';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { SCHEMA_VERSION } from '#shared/model/doc';
import type { SessionDetails } from '#shared/protocol/hostApi';
import { hostApi, type HostAddress } from '../hostApi';

export function noteText(i: number): string {
  return `Seeded note ${i}: are customers using what we build?`;
}

/** Adds `count` notes in one transaction (one update, as a big paste or import would). */
export function addNotes(doc: Y.Doc, from: number, count: number): void {
  doc.transact(() => {
    for (let i = from; i < from + count; i++)
      addParkingItem(doc, {
        text: noteText(i),
        authorId: `p${i % 12}`,
        authorName: `Person ${i % 12}`,
        now: 1_700_000_000_000 + i,
        id: `seed${String(i).padStart(5, '0')}`,
      });
  });
}

/** An `.offsite` file holding a session with `notes` notes. */
export function offsiteFileWithNotes(
  title: string,
  notes: number,
  schemaVersion = SCHEMA_VERSION,
): Uint8Array {
  const doc = new Y.Doc();
  initSession(doc, { title, now: 1_700_000_000_000 });
  addNotes(doc, 0, notes);
  return encodeOffsiteFile({
    header: {
      sessionId: 'f'.repeat(32),
      title,
      createdAt: 1_700_000_000_000,
      schemaVersion,
      exportedAt: Date.now(),
    },
    state: Y.encodeStateAsUpdate(doc),
  });
}

/** Imports an `.offsite` file into the host over its API. */
export function importSession(host: HostAddress, file: Uint8Array): Promise<SessionDetails> {
  return hostApi(host).importSession({ bytes: file as Uint8Array<ArrayBuffer> });
}
