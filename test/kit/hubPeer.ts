// One way for a Node Yjs peer to join the hub (y-websocket over ws), as the facilitator or as an
// attendee, speaking the hub's join protocol: the join code, client id and public key in the URL
// for attendees, then the signed answer to the host's challenge on the socket
// (shared/protocol/hubChallenge.ts); the facilitator key as a subprotocol (never in a URL). Unit tests, e2e seeds
// and benches (their worker threads too) all connect through here, so a protocol change is one
// edit. `as: 'plain'` is the same client without the protocol, for the reference server.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import {
  hubParams,
  participantIdOf,
  participantKeys,
  signText,
} from '../../shared/model/authority/signing';
import { challengeAnswerer, MSG_CHALLENGE } from '../../shared/protocol/hubChallenge';
import {
  INFLATE_PARAM,
  inflatingHandler,
  MAX_INFLATED_BYTES,
  MSG_DEFLATED,
  type InflatingProvider,
} from '../../shared/protocol/deflatedMessage';
import { createAuthorKey } from '../../shared/model/board/boardCrypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ENDPOINTS, hubProtocols } from '../../shared/protocol/hostApi';

/**
 * An attendee's key pair in Node's ed25519, which signs the join claim far faster than tweetnacl
 * (a room of hundreds would otherwise take minutes to join). Same claim, same parameters.
 */
export interface NativeKey {
  publicKey: Uint8Array;
  privateKey: KeyObject;
  participantId: string;
}

export function nativeKey(): NativeKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32 key bytes end the DER SubjectPublicKeyInfo.
  const raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
  return { publicKey: raw, privateKey, participantId: participantIdOf(raw) };
}

/** `k` and `g` of a signed entry (signedEntries.ts) over `text`, with Node's ed25519. */
export function nativeSign(key: NativeKey, text: string): { k: string; g: string } {
  return {
    k: Buffer.from(key.publicKey).toString('base64'),
    g: sign(null, Buffer.from(text), key.privateKey).toString('base64'),
  };
}

/** Who a peer joins as. An attendee without a key gets a fresh author key (as a new browser). */
export type PeerRole =
  | { as: 'facilitator'; key: string }
  | { as: 'attendee'; joinCode: string; authorKey?: Uint8Array }
  | { as: 'attendee'; joinCode: string; nativeKey: NativeKey }
  | { as: 'plain' };

export interface JoinCredentials {
  params: Record<string, string>;
  protocols?: string[];
  /** The participant id the claim proves ('facilitator' for the facilitator). */
  participantId: string | null;
  /** The attendee's author key (tweetnacl attendees only). */
  authorKey?: Uint8Array;
  /** Signs the host's challenge text (attendees): base64 ed25519 by the participant key. */
  sign?: (text: string) => string;
}

/** The query parameters and subprotocols a hub connection of this client id presents. */
export function joinCredentials(
  sessionId: string,
  clientId: number,
  role: PeerRole,
): JoinCredentials {
  if (role.as === 'plain') return { params: {}, participantId: null };
  if (role.as === 'facilitator')
    return {
      params: hubParams(sessionId, null, clientId),
      protocols: hubProtocols(role.key),
      participantId: 'facilitator',
    };
  if ('nativeKey' in role) {
    const k = role.nativeKey;
    return {
      params: hubParams(sessionId, role.joinCode, clientId, k.publicKey),
      participantId: k.participantId,
      sign: (text) => sign(null, Buffer.from(text), k.privateKey).toString('base64'),
    };
  }
  const authorKey = role.authorKey ?? createAuthorKey();
  const keys = participantKeys(authorKey);
  return {
    params: hubParams(sessionId, role.joinCode, clientId, keys.publicKey),
    participantId: participantIdOf(keys.publicKey),
    authorKey,
    sign: (text) => signText(keys.secretKey, text),
  };
}

/** The hub's WebSocket URL for one session with an attendee's claim (for raw sockets, which
 * answer the host's challenge with `answerChallenges`). */
export function attendeeSocketUrl(
  base: string,
  sessionId: string,
  joinCode: string,
  clientId = 1 + Math.floor(Math.random() * 2 ** 30),
  authorKey = createAuthorKey(),
): string {
  const { params } = joinCredentials(sessionId, clientId, { as: 'attendee', joinCode, authorKey });
  signers.set(params.pk!, participantSigner(authorKey));
  return `${hubSyncUrl(base)}/${sessionId}?${new URLSearchParams(params)}`;
}

/** The signers of the keys attendeeSocketUrl and attendeeQuery put in URLs, by public key. */
const signers = new Map<string, (text: string) => string>();

const participantSigner = (authorKey: Uint8Array) => {
  const keys = participantKeys(authorKey);
  return (text: string) => signText(keys.secretKey, text);
};

/** An attendee's hub query (join code, client id, public key); its socket answers the challenge
 * through `answerChallenges`. */
export function attendeeQuery(
  sessionId: string,
  joinCode: string,
  clientId = 1 + Math.floor(Math.random() * 2 ** 30),
  authorKey = createAuthorKey(),
): string {
  const { params } = joinCredentials(sessionId, clientId, { as: 'attendee', joinCode, authorKey });
  signers.set(params.pk!, participantSigner(authorKey));
  return new URLSearchParams(params).toString();
}

/**
 * A raw socket opened on a URL from attendeeSocketUrl or attendeeQuery answers the host's join
 * challenge as a browser does; resolves once it has answered (false when the URL holds no key
 * the kit made, or the socket closed first). Pass `sign` to answer with another key.
 */
export function answerChallenges(
  ws: WebSocket,
  url: string,
  sign?: (text: string) => string,
): Promise<boolean> {
  const params = new URL(url).searchParams;
  const signer = sign ?? signers.get(params.get('pk') ?? '');
  const sessionId = new URL(url).pathname.split('/')[2] ?? '';
  const clientId = Number(params.get('cid'));
  if (!signer) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const bytes = new Uint8Array(data as Buffer);
      const answer = answerChallenge(bytes, sessionId, clientId, signer);
      if (!answer) return;
      ws.off('message', onMessage);
      ws.send(answer);
      resolve(true);
    };
    ws.on('message', onMessage);
    ws.once('close', () => resolve(false));
  });
}

/** The answer to a challenge message the host sent, or null for other messages. */
export function answerChallenge(
  message: Uint8Array,
  sessionId: string,
  clientId: number,
  sign: (text: string) => string,
): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MSG_CHALLENGE) return null;
  const encoder = encoding.createEncoder();
  challengeAnswerer(sessionId, clientId, sign)(encoder, decoder);
  return encoding.toUint8Array(encoder);
}

/** The host's base URL `http://host:port` → `ws://host:port/sync`; a ws(s) URL is kept as it is. */
export function hubSyncUrl(base: string): string {
  if (/^wss?:/.test(base)) return base;
  return `${base.replace(/^http/, 'ws').replace(/\/$/, '')}${ENDPOINTS.sync}`;
}

const inflateRawAsync = promisify(inflateRaw);

/** Node's zlib for the kit's clients: the web stream the pages use costs a Node client 6–9 ms per
 * 1 MB sync and 0.3–0.7 ms per 40 KB presence (zlib: 1.3–2.7 and 0.03), which on the benches'
 * two cores would be counted against the host. Past `max`, zlib refuses (RangeError). */
async function inflateWithZlib(compressed: Uint8Array, max: number): Promise<Uint8Array> {
  const out = await inflateRawAsync(compressed, { maxOutputLength: max });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** What y-websocket constructs: ws or a subclass of it. */
export type SocketClass = new (
  url: string,
  protocols?: string | string[],
  options?: WebSocket.ClientOptions,
) => WebSocket;

export interface HubPeerOptions {
  /** The host's base URL (`http://127.0.0.1:port`) or the server's sync URL. */
  url: string;
  /** The session id (the y-websocket room). */
  sessionId: string;
  role: PeerRole;
  doc?: Y.Doc;
  /** An awareness shared with another provider (the page's mesh); the provider's own otherwise. */
  awareness?: Awareness;
  /** A ws subclass (to count frames, pick a local address); ws itself by default. */
  WebSocket?: SocketClass;
  /** The loopback address to connect from (127.0.x.y stand in for attendees' laptops). */
  localAddress?: string;
  /** False to set presence before the first connection (then call provider.connect()). */
  connect?: boolean;
  maxBackoffTime?: number;
  /** Presence before connecting: `user` set to this, or null for none at all. */
  user?: Record<string, unknown> | null;
  /** False for a client that does not inflate the hub's compressed messages (any Yjs client). */
  inflate?: boolean;
}

export interface HubPeer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** 'facilitator', the attendee's participant id, or null for a plain client. */
  participantId: string | null;
  authorKey?: Uint8Array;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Compressed messages the hub sent this peer (each is inflated, then applied in turn). */
  readonly inflated: number;
  /** Destroys the provider and the doc. */
  destroy(): void;
}

export function connectHubPeer(opts: HubPeerOptions): HubPeer {
  const doc = opts.doc ?? new Y.Doc();
  const creds = joinCredentials(opts.sessionId, doc.clientID, opts.role);
  let Socket: SocketClass = opts.WebSocket ?? WebSocket;
  const localAddress = opts.localAddress;
  if (localAddress) {
    const Base = Socket;
    Socket = class FromAddress extends Base {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { localAddress });
      }
    };
  }
  const inflate = opts.inflate !== false;
  const provider = new WebsocketProvider(hubSyncUrl(opts.url), opts.sessionId, doc, {
    params: inflate ? { ...creds.params, [INFLATE_PARAM]: '1' } : creds.params,
    ...(creds.protocols && { protocols: creds.protocols }),
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(opts.awareness && { awareness: opts.awareness }),
    ...(opts.connect === false && { connect: false }),
    ...(opts.maxBackoffTime !== undefined && { maxBackoffTime: opts.maxBackoffTime }),
  });
  if (creds.sign)
    provider.messageHandlers[MSG_CHALLENGE] = challengeAnswerer(
      opts.sessionId,
      doc.clientID,
      creds.sign,
    );
  let inflated = 0;
  if (inflate) {
    const handler = inflatingHandler(
      (err) => {
        console.warn('hub peer: dropped a compressed message', err);
        provider.ws?.close();
      },
      MAX_INFLATED_BYTES,
      inflateWithZlib,
    );
    provider.messageHandlers[MSG_DEFLATED] = (encoder, decoder, p) => {
      inflated++;
      handler(encoder, decoder, p as unknown as InflatingProvider);
    };
  }
  if (opts.user === null) provider.awareness.setLocalState(null);
  else if (opts.user) provider.awareness.setLocalStateField('user', opts.user);
  return {
    doc,
    provider,
    participantId: creds.participantId,
    ...(creds.authorKey && { authorKey: creds.authorKey }),
    synced: whenSynced(provider),
    get inflated() {
      return inflated;
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the provider has synced (at once when it already has). */
export function whenSynced(provider: WebsocketProvider): Promise<void> {
  return new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
}

/** Resolves once every peer has synced. */
export async function allSynced(peers: { provider: WebsocketProvider }[]): Promise<void> {
  await Promise.all(peers.map((p) => whenSynced(p.provider)));
}

/**
 * A Node peer on the hub with the host's facilitator key: what it sees has reached the host.
 * It reconnects within half a second, so it follows a host restart.
 */
export function facilitatorPeer(
  host: { localUrl: string; key: string },
  sessionId: string,
  opts: Partial<Omit<HubPeerOptions, 'url' | 'sessionId' | 'role'>> = {},
): HubPeer {
  return connectHubPeer({
    url: host.localUrl,
    sessionId,
    role: { as: 'facilitator', key: host.key },
    maxBackoffTime: 500,
    ...opts,
  });
}
