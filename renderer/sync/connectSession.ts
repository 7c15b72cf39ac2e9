// Connects a session's Y.Doc to the room: the WebRTC mesh through the host's
// signaling server, and the hub WebSocket to the host's replica. Either path alone carries
// every update; attendees also keep their replica in IndexedDB for offline writing.
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { ENDPOINTS, hubProtocols } from '../../shared/protocol/endpoints';
import type { Role } from '../../shared/model/doc';
import { hubParams, participantKeys, signText } from '../../shared/model/authority/signing';
import {
  canInflate,
  INFLATE_PARAM,
  inflatingHandler,
  MSG_DEFLATED,
  type InflatingProvider,
} from '../../shared/protocol/deflatedMessage';
import { challengeAnswerer, MSG_CHALLENGE } from '../../shared/protocol/hubChallenge';
import { guardPaths } from './meshGuard';
import type { HoldStore } from './anonymousHold';
import { keepPresenceAcrossReconnects } from './presenceReconnect';
import { boundMesh, MAX_CONNS } from './meshLinks';

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
  /** Called once when a big board's sync starts arriving (a compressed hub message of
   * BIG_SYNC_BYTES or more, before it is inflated): what a big board needs may load meanwhile. */
  onBigSync?: () => void;
}

/** Compressed bytes from which a sync is a big board's (some 400 notes or more). */
const BIG_SYNC_BYTES = 16 * 1024;

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

/** y-webrtc's signaling client cannot set subprotocols: the facilitator's windows send their
 * token as the first frame after every (re)connect instead; the host holds what y-webrtc sent
 * before it. Returns a function that stops doing so. */
function authenticateSignaling(mesh: WebrtcProvider, token: string): () => void {
  interface Conn {
    connected: boolean;
    send(message: unknown): void;
    on(event: 'connect', f: () => void): void;
    off(event: 'connect', f: () => void): void;
  }
  // y-webrtc types signalingConns as any[]; they are lib0 WebsocketClients.
  const conns = mesh.signalingConns as Conn[];
  const offs = conns.map((conn) => {
    const auth = () => conn.send({ type: 'auth', token });
    conn.on('connect', auth);
    if (conn.connected) auth();
    return () => conn.off('connect', auth);
  });
  return () => offs.forEach((off) => off());
}

/** localStorage under the session's id; a browser that blocks it holds back in memory only. */
function holdStoreFor(sessionId: string): HoldStore {
  const key = `offsite.anonymousHold.${sessionId}`;
  return {
    load: () => localStorage.getItem(key),
    save: (value) =>
      value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value),
  };
}

export function connectSession(opts: ConnectOptions): SessionConnection {
  const origin = opts.origin ?? window.location.origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);

  const local = opts.persistLocally
    ? // eslint-disable-next-line lingui/no-unlocalized-strings -- a storage name or a query string
      new IndexeddbPersistence(`offsite:${opts.sessionId}`, doc)
    : null;

  // The facilitator key never goes in a URL (hostApi.ts: hubProtocols); join codes may.
  const attendee = opts.role === 'attendee';
  const keys = attendee && opts.authorKey ? participantKeys(opts.authorKey) : null;
  // A browser that inflates gets the hub's big messages (a big board's sync) compressed.
  const inflates = canInflate();
  const compressed: Record<string, string> = inflates ? { [INFLATE_PARAM]: '1' } : {};
  const hub = new WebsocketProvider(`${wsOrigin}${ENDPOINTS.sync}`, opts.sessionId, doc, {
    awareness,
    // The hub binds this page's Yjs client id to who we are (attendees prove it by signing the
    // host's challenge on each connection, below).
    ...(attendee
      ? {
          params: {
            ...hubParams(opts.sessionId, opts.secret, doc.clientID, keys?.publicKey),
            ...compressed,
          },
        }
      : {
          params: { ...hubParams(opts.sessionId, null, doc.clientID), ...compressed },
          protocols: hubProtocols(opts.secret),
        }),
    disableBc: true,
    maxBackoffTime: 2000,
  });
  if (keys)
    hub.messageHandlers[MSG_CHALLENGE] = challengeAnswerer(opts.sessionId, doc.clientID, (text) =>
      signText(keys.secretKey, text),
    );

  if (inflates) {
    const inflate = inflatingHandler((err) => {
      // A damaged message: the next connection's sync brings the state again.
      console.warn('hub: dropped a compressed message', err);
      hub.ws?.close();
    });
    let big = opts.onBigSync;
    hub.messageHandlers[MSG_DEFLATED] = (encoder, decoder, provider) => {
      if (big && decoder.arr.length - decoder.pos >= BIG_SYNC_BYTES) {
        big();
        big = undefined;
      }
      inflate(encoder, decoder, provider as unknown as InflatingProvider);
    };
  }

  const stopPresence = keepPresenceAcrossReconnects(hub, awareness);

  // Venues and policies sometimes disable WebRTC; the hub then carries everything.
  let mesh: WebrtcProvider | null = null;
  let stopAuth = () => {};
  let stopLinks = () => {};
  if (webrtcAvailable()) {
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a storage name or a query string
    const query = attendee ? `?token=${encodeURIComponent(opts.secret)}` : '';
    mesh = new WebrtcProvider(opts.sessionId, doc, {
      signaling: [`${wsOrigin}${ENDPOINTS.signal}${query}`],
      awareness,
      maxConns: MAX_CONNS,
      filterBcConns: true,
      peerOpts: { config: { iceServers: [] } },
    });
    if (!attendee) stopAuth = authenticateSignaling(mesh, `${opts.sessionId}.${opts.secret}`);
    stopLinks = boundMesh(mesh, awareness);
  }

  // A page with a local copy keeps what it holds back from the mesh across a reload (and for the
  // browser's other tabs, which read the same local copy).
  const stopRelay = guardPaths(doc, hub, mesh, local ? holdStoreFor(opts.sessionId) : null);

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
      stopPresence();
      stopAuth();
      stopLinks();
      stopRelay();
      mesh?.destroy();
      hub.destroy();
      void local?.destroy();
      doc.destroy();
    },
  };
}
