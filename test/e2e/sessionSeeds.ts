// Test-only ways to put sessions into a host without the UI: `.offsite` files built here and
// imported through the API, and a Node peer on the hub (y-websocket over ws) that can watch and
// write a session as the host's replica sees it.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { hubParams } from '../../shared/model/authority/signing';
import { encodeOffsiteFile } from '../../electron/host/store/offsiteFile';
import { initSession } from '../../shared/model/session/commands';
import { addParkingItem } from '../../shared/model/parkingLot/commands';
import { SCHEMA_VERSION } from '../../shared/model/doc';
import { hubProtocols, type SessionDetails } from '../../shared/protocol/hostApi';
import type { HeadlessHost } from './headlessHost';

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

export async function importSession(host: HeadlessHost, file: Uint8Array): Promise<SessionDetails> {
  const res = await fetch(`${host.localUrl}/api/importSession`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${host.key}` },
    body: file as Uint8Array<ArrayBuffer>,
  });
  const body = (await res.json()) as SessionDetails & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `import failed: ${res.status}`);
  return body;
}

/** A Node peer on the hub with the facilitator key: what it sees has reached the host. */
export function hubPeer(localUrl: string, sessionId: string, key: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${localUrl.replace(/^http/, 'ws')}/sync`,
    sessionId,
    doc,
    {
      params: hubParams(sessionId, null, doc.clientID),
      protocols: hubProtocols(key),
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 500,
    },
  );
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
