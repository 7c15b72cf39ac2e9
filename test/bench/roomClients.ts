// One worker thread of the room simulator (roomBench.ts): a slice of the room's lightweight
// attendees — Node y-websocket clients speaking the hub's join protocol (signed client-id claims)
// from loopback addresses, 20 per address as laptops' worth of tabs. The room is split over a few
// threads so that N attendees' Yjs work is not all queued on one event loop (a room spreads it
// over N devices).
//
// Per note it reports two times for its slice, both in the machine's clock
// (performance.timeOrigin + now, comparable across threads and processes):
// - delivered: when the last of its attendees' sockets read the frame carrying the note. Each
//   client's own Yjs work waits for the next turn of the loop (setImmediate), so the time one
//   attendee spends applying does not count against the server for the next one's socket;
// - applied: when the last of its attendees' docs held the note.
import { parentPort, workerData } from 'node:worker_threads';
import type * as Y from 'yjs';
import WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import { connectHubPeer, nativeKey, nativeSign, type NativeKey } from '#kit/hubPeer';
import { authorClaim } from '../../shared/model/authority/authorClaims';
import { addParkingItem } from '../../shared/model/parkingLot/commands';
import { PARKING_LOT } from '../../shared/model/parkingLot/names';
import {
  addBoardNote,
  BOARD_MAPS,
  boardMaps,
  createAuthorKey,
  readControl,
} from '../../shared/model/board';
import { joinSession } from '../../shared/model/session/commands';
import { participantIdOf, participantKeys } from '../../shared/model/authority/signing';
import { groupBoardId, readBreakout } from '../../shared/model/breakouts/read';

/** Where a slice connects: the hub (signed claims, the session's join code) or the reference. */
export type ServerSpec =
  | { kind: 'hub'; url: string; room: string; joinCode: string }
  | { kind: 'reference'; url: string; room: string };

export interface SliceData {
  server: ServerSpec;
  /** Attendee indices [from, to) of the room. */
  from: number;
  to: number;
  presence: boolean;
  perAddress: number;
  /** Breakouts: attendees write their names (so the facilitator can split them) and write board
   * notes on their group's board while the block's breakout runs. */
  groups?: boolean;
}

/** A note to time: parking-lot items in every room; board notes where a board is set up. */
export type NoteSpec =
  | { id: string; kind: 'parking'; author: number }
  | { id: string; kind: 'board'; author: number; blockId: string };

export type ToSlice =
  | { type: 'watch'; note: NoteSpec }
  | { type: 'author'; note: NoteSpec }
  | { type: 'stats' }
  | { type: 'stop' };

export type FromSlice =
  | { type: 'synced' }
  | { type: 'armed'; id: string }
  | { type: 'authored'; id: string; at: number }
  | { type: 'arrived'; id: string; delivered: number; applied: number }
  | { type: 'stats'; frames: number; awarenessFrames: number }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const now = () => performance.timeOrigin + performance.now();

interface Attendee {
  index: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  participantId: string;
  key: NativeKey;
  /** The breakout variant: the key the attendee's identity derives from (tweetnacl, as a page's),
   * which seals a note's author copy on a group board and signs their name and notes. */
  authorKey: Uint8Array | null;
  /** Set while a note is watched: this socket read the note's frame. */
  delivered: boolean;
}

function run(data: SliceData): void {
  const port = parentPort!;
  const post = (m: FromSlice) => port.postMessage(m);
  /** Frames of the Yjs sync protocol (message type 0) the slice sent or received; awareness
   * (presence renewals, keep-alives) apart: it depends on time, not notes. */
  let frames = 0;
  let awarenessFrames = 0;
  const count = (data: unknown) => {
    const first =
      data instanceof Uint8Array
        ? data[0]
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)[0]
          : -1;
    if (first === 0) frames++;
    else awarenessFrames++;
  };

  let watched: { id: string; bytes: Buffer; onDelivered: (a: Attendee) => void } | null = null;
  const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;

  const attendees: Attendee[] = [];
  const connect = (index: number): Attendee => {
    const localAddress = `127.0.1.${1 + Math.floor(index / data.perAddress)}`;
    const me: { a?: Attendee } = {};
    class Counted extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { localAddress });
        this.on('message', (raw: Buffer | ArrayBuffer) => {
          count(raw);
          // y-websocket asks for ArrayBuffers; a Buffer over the same bytes copies nothing.
          const msg = raw instanceof ArrayBuffer ? Buffer.from(raw) : raw;
          if (watched && me.a && !me.a.delivered && msg[0] === 0 && msg.includes(watched.bytes))
            watched.onDelivered(me.a);
        });
        // The provider's handler (its Yjs work) runs on the next turn of the loop.
        Object.defineProperty(this, 'onmessage', {
          configurable: true,
          get: () => onmessage.get!.call(this) as unknown,
          set: (h: ((e: unknown) => void) | null) =>
            onmessage.set!.call(this, h ? (e: unknown) => setImmediate(() => h(e)) : null),
        });
      }
      override send(msg: unknown, ...rest: unknown[]) {
        count(msg);
        // ws's overloads take (data, cb) or (data, options, cb): pass them on as given.
        (super.send as (...a: unknown[]) => void)(msg, ...rest);
      }
    }
    const key = nativeKey();
    const authorKey = data.groups ? createAuthorKey() : null;
    const server = data.server;
    // Presence costs N² bytes per renewal period (every renewal reaches everyone every 15 s).
    const { doc, provider } = connectHubPeer({
      url: server.url,
      sessionId: server.room,
      role:
        server.kind === 'hub'
          ? authorKey
            ? { as: 'attendee', joinCode: server.joinCode, authorKey }
            : { as: 'attendee', joinCode: server.joinCode, nativeKey: key }
          : { as: 'plain' },
      WebSocket: Counted,
      connect: false,
      user: data.presence ? { name: `Attendee ${index}` } : null,
    });
    const a: Attendee = {
      index,
      doc,
      provider,
      participantId: authorKey
        ? participantIdOf(participantKeys(authorKey).publicKey)
        : key.participantId,
      key,
      authorKey,
      delivered: false,
    };
    me.a = a;
    provider.connect();
    return a;
  };

  for (let i = data.from; i < data.to; i++) attendees.push(connect(i));
  void Promise.all(
    attendees.map(
      (a) =>
        new Promise<void>((r) => (a.provider.synced ? r() : a.provider.once('sync', () => r()))),
    ),
  ).then(() => {
    if (data.groups)
      for (const a of attendees)
        joinSession(a.doc, {
          id: a.participantId,
          name: `Attendee ${a.index}`,
          authorKey: a.authorKey ?? undefined,
        });
    post({ type: 'synced' });
  });

  const holds = (a: Attendee, note: NoteSpec) =>
    note.kind === 'parking'
      ? a.doc.getMap(PARKING_LOT).has(note.id)
      : boardMaps(a.doc).notes.has(note.id);

  /** A board note waits until the facilitator's revealed board has reached this attendee (bounded). */
  const authorNote = async (a: Attendee, note: NoteSpec) => {
    try {
      let blockId = note.kind === 'board' ? note.blockId : '';
      const breakout = note.kind === 'board' ? readBreakout(a.doc, blockId) : null;
      if (breakout?.state === 'running') {
        // A breakout: the note goes on the author's group board, once the split has reached them.
        const until = now() + 30_000;
        while (!readBreakout(a.doc, blockId)?.members.has(a.participantId) && now() < until)
          await new Promise((r) => setTimeout(r, 20));
        const group = readBreakout(a.doc, blockId)?.members.get(a.participantId);
        if (!group) throw new Error(`attendee ${a.index} was not placed in a group`);
        blockId = groupBoardId(blockId, group);
      } else if (note.kind === 'board') {
        const until = now() + 30_000;
        // Revealed: a note written while the board is private is sealed with the author's key,
        // which these attendees do not have (the reveal can arrive a little after the board).
        while (readControl(a.doc, note.blockId)?.phase !== 'revealed' && now() < until)
          await new Promise((r) => setTimeout(r, 20));
      }
      const at = now();
      if (note.kind === 'parking')
        a.doc.transact(() => {
          addParkingItem(a.doc, {
            id: note.id,
            text: `Note ${note.id} from the room bench`,
            authorId: a.participantId,
            authorName: 'Attendee',
          });
          // Signed by its author, as a page's (readers show no unsigned attendee item).
          const item = a.doc.getMap<Y.Map<unknown>>(PARKING_LOT).get(note.id)!;
          const signed = nativeSign(a.key, authorClaim(PARKING_LOT, note.id, a.participantId));
          item.set('k', signed.k);
          item.set('g', signed.g);
        });
      else if (a.authorKey)
        // A group board: sealed, its author copy locked and the note signed with the author key.
        addBoardNote(a.doc, {
          blockId,
          id: note.id,
          author: {
            participantId: a.participantId,
            name: `Attendee ${a.index}`,
            isFacilitator: false,
            authorKey: a.authorKey,
          },
          text: `Note ${note.id} from the room`,
        });
      else
        a.doc.transact(() => {
          addBoardNote(a.doc, {
            blockId,
            id: note.id,
            author: {
              participantId: a.participantId,
              name: `Attendee ${a.index}`,
              isFacilitator: false,
            },
            text: `Note ${note.id} from the room`,
          });
          // Signed by its author, as a page's (readers show no unsigned attendee note).
          const m = boardMaps(a.doc).notes.get(note.id)!;
          const signed = nativeSign(a.key, authorClaim(BOARD_MAPS.notes, note.id, a.participantId));
          m.set('k', signed.k);
          m.set('g', signed.g);
        });
      post({ type: 'authored', id: note.id, at });
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  port.on('message', (m: ToSlice) => {
    try {
      if (m.type === 'watch') {
        const note = m.note;
        const others = attendees.filter((a) => a.index !== note.author);
        let undelivered = others.length;
        let unapplied = others.length;
        let delivered = 0;
        let applied = 0;
        const finish = () => {
          if (undelivered > 0 || unapplied > 0) return;
          watched = null;
          post({ type: 'arrived', id: note.id, delivered, applied });
        };
        for (const a of others) a.delivered = false;
        watched = {
          id: note.id,
          bytes: Buffer.from(note.id),
          onDelivered: (a) => {
            a.delivered = true;
            delivered = now();
            undelivered--;
            finish();
          },
        };
        for (const a of others) {
          const map = note.kind === 'parking' ? a.doc.getMap(PARKING_LOT) : boardMaps(a.doc).notes;
          const check = () => {
            if (!holds(a, note)) return;
            map.unobserve(check);
            // A note that reached this doc another way (a sync step) was delivered too.
            if (!a.delivered) watched?.onDelivered(a);
            applied = now();
            unapplied--;
            finish();
          };
          map.observe(check);
        }
        post({ type: 'armed', id: note.id });
        if (others.length === 0) finish();
      } else if (m.type === 'author') {
        const a = attendees.find((x) => x.index === m.note.author);
        if (a) void authorNote(a, m.note);
      } else if (m.type === 'stats') {
        post({ type: 'stats', frames, awarenessFrames });
      } else if (m.type === 'stop') {
        for (const a of attendees) a.provider.destroy();
        for (const a of attendees) a.doc.destroy();
        post({ type: 'stopped' });
      }
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  });
}

if (parentPort && workerData) {
  // y-websocket's provider adds an exit listener to the process for each client in Node; a
  // thread holding a slice of the room holds hundreds (Node warned at the eleventh).
  process.setMaxListeners(0);
  run(workerData as SliceData);
}
