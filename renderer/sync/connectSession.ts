// Connects a session's Y.Doc to the room (DESIGN.md §2): the WebRTC mesh through the host's
// signaling server, and the hub WebSocket to the host's replica. Either path alone carries
// every update; attendees also keep their replica in IndexedDB for offline writing.
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { ENDPOINTS } from '../../shared/protocol/hostApi';
import type { Role } from '../../shared/model/doc';
import { hubParams } from '../../shared/model/authority/signing';
import { guardPaths } from './meshGuard';

export type HubStatus = 'connecting' | 'connected' | 'disconnected';

export interface ConnectOptions {
  sessionId: string;
  role: Role;
  /** Join code (attendees) or facilitator key. */
  secret: string;
  /** http(s) origin of the host; defaults to this page's. */
  origin?: string;
  /** Keep a replica in IndexedDB (attendees). */
  persistLocally?: boolean;
  /** Attendees: their author key, from which the participant's signing key derives. */
  authorKey?: Uint8Array;
}

export interface SessionConnection {
  doc: Y.Doc;
  awareness: Awareness;
  mesh: WebrtcProvider | null;
  hub: WebsocketProvider;
  local: IndexeddbPersistence | null;
  /** Resolves once the hub or the local replica has delivered what it holds. */
  whenLoaded: Promise<void>;
  destroy(): void;
}

export function webrtcAvailable(): boolean {
  return typeof globalThis.RTCPeerConnection === 'function';
}

export function connectSession(opts: ConnectOptions): SessionConnection {
  const origin = opts.origin ?? window.location.origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);

  const local = opts.persistLocally
    ? new IndexeddbPersistence(`offsite:${opts.sessionId}`, doc)
    : null;

  // The hub binds this page's Yjs client id to who we are (attendees sign the claim).
  const params = hubParams(
    opts.sessionId,
    opts.secret,
    doc.clientID,
    opts.role === 'attendee' ? opts.authorKey : undefined,
  );
  const hub = new WebsocketProvider(`${wsOrigin}${ENDPOINTS.sync}`, opts.sessionId, doc, {
    awareness,
    params,
    disableBc: true,
    maxBackoffTime: 2000,
  });

  // Venues and policies sometimes disable WebRTC; the hub then carries everything.
  let mesh: WebrtcProvider | null = null;
  if (webrtcAvailable()) {
    const signalToken = opts.role === 'attendee' ? opts.secret : `${opts.sessionId}.${opts.secret}`;
    mesh = new WebrtcProvider(opts.sessionId, doc, {
      signaling: [`${wsOrigin}${ENDPOINTS.signal}?token=${encodeURIComponent(signalToken)}`],
      awareness,
      maxConns: 40,
      filterBcConns: true,
      peerOpts: { config: { iceServers: [] } },
    });
  }

  guardPaths(doc, hub, mesh);

  const whenLoaded = new Promise<void>((resolve) => {
    if (hub.synced) resolve();
    hub.once('sync', () => resolve());
    local?.whenSynced.then(() => resolve());
  });

  return {
    doc,
    awareness,
    mesh,
    hub,
    local,
    whenLoaded,
    destroy() {
      awareness.setLocalState(null);
      mesh?.destroy();
      hub.destroy();
      void local?.destroy();
      doc.destroy();
    },
  };
}
