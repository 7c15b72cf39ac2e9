// The hub's permessage-deflate (issue 23): a newcomer's sync of a big session travels
// compressed, small messages (a note) go as they are, and a compressed frame that inflates past
// the frame limit closes that one connection with 1009 while the room carries on.
import { describe, expect, it } from 'vitest';
import { connect as netConnect, type NetConnectOpts, type Socket } from 'node:net';
import WebSocket from 'ws';
import { useHosts } from '#kit/useHost';
import { attendeeSocketUrl, facilitatorPeer, connectHubPeer } from '#kit/hubPeer';
import { importSession, offsiteFileWithNotes } from '#kit/seeds/notes';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import type { TestHost } from '#kit/host';

const hosts = useHosts({}, 'offsite-deflate-');

/** A frame as it crossed the wire (server to client frames are not masked). */
interface WireFrame {
  compressed: boolean;
  opcode: number;
  wireBytes: number;
}

/** Reads the frames' headers out of the raw bytes a socket received. */
function frameReader() {
  const frames: WireFrame[] = [];
  let buf = Buffer.alloc(0);
  let handshakeDone = false;
  let handshake = '';
  let total = 0;
  return {
    frames,
    /** The server's handshake response, headers and all. */
    get handshake() {
      return handshake;
    },
    get total() {
      return total;
    },
    push(chunk: Buffer) {
      total += chunk.length;
      buf = Buffer.concat([buf, chunk]);
      if (!handshakeDone) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        handshake = buf.subarray(0, end).toString('latin1');
        buf = buf.subarray(end + 4);
        handshakeDone = true;
      }
      for (;;) {
        if (buf.length < 2) return;
        let len = buf[1]! & 0x7f;
        let head = 2;
        if (len === 126) {
          if (buf.length < 4) return;
          len = buf.readUInt16BE(2);
          head = 4;
        } else if (len === 127) {
          if (buf.length < 10) return;
          len = Number(buf.readBigUInt64BE(2));
          head = 10;
        }
        if (buf.length < head + len) return;
        frames.push({ compressed: (buf[0]! & 0x40) !== 0, opcode: buf[0]! & 0x0f, wireBytes: len });
        buf = buf.subarray(head + len);
      }
    },
  };
}

/** An attendee through the kit's hub client, from its own loopback address, whose socket records
 * every frame's header as it came over the wire; `deflate` false offers no compression. */
function newcomer(
  host: TestHost,
  s: { id: string; joinCode: string },
  deflate: boolean,
  localAddress: string,
) {
  const reader = frameReader();
  const opened: WebSocket[] = [];
  class Tapped extends WebSocket {
    constructor(url: string, protocols?: string | string[], options?: WebSocket.ClientOptions) {
      super(url, protocols, {
        ...options,
        perMessageDeflate: deflate,
        localAddress,
        createConnection: ((opts: NetConnectOpts) => {
          const socket = netConnect(opts);
          socket.on('data', (d: Buffer) => reader.push(d));
          return socket;
        }) as typeof netConnect,
      });
      opened.push(this);
    }
  }
  const peer = connectHubPeer({
    url: host.localUrl,
    sessionId: s.id,
    role: { as: 'attendee', joinCode: s.joinCode },
    WebSocket: Tapped,
  });
  return { peer, reader, extensions: () => opened.at(-1)?.extensions ?? null };
}

describe('hub compression', () => {
  it('sends a newcomer the big sync compressed and a small note plain', async () => {
    const host = await hosts.start();
    const s = await importSession(host, offsiteFileWithNotes('Big board', 2000));
    const zipped = newcomer(host, s, true, '127.0.0.2');
    const plain = newcomer(host, s, false, '127.0.0.3');
    // Both hold the whole board once their sync is done.
    await Promise.all([zipped.peer.synced, plain.peer.synced]);
    expect(listParkingItems(zipped.peer.doc)).toHaveLength(2000);
    expect(listParkingItems(plain.peer.doc)).toHaveLength(2000);
    expect(zipped.extensions()).toContain('permessage-deflate');
    // The host's window is 2 KiB (zlib streams live as long as the connection: memory per attendee).
    expect(zipped.reader.handshake).toMatch(
      /^Sec-WebSocket-Extensions: .*server_max_window_bits=11/im,
    );
    expect(plain.extensions()).toBe('');
    const plainBig = Math.max(...plain.reader.frames.map((f) => f.wireBytes));
    const zippedBig = Math.max(...zipped.reader.frames.map((f) => f.wireBytes));
    expect(plainBig).toBeGreaterThan(100_000);
    expect(zippedBig).toBeLessThan(plainBig / 3);
    expect(zipped.reader.frames.find((f) => f.wireBytes === zippedBig)?.compressed).toBe(true);
    expect(plain.reader.frames.some((f) => f.compressed)).toBe(false);

    // A note from the facilitator: small, so it reaches the deflate peer uncompressed.
    const before = zipped.reader.frames.length;
    const f = facilitatorPeer(host, s.id);
    await f.synced;
    addParkingItem(f.doc, { text: 'one small note', authorId: 'f', authorName: 'F' });
    await expect
      .poll(() => listParkingItems(zipped.peer.doc).some((i) => i.text === 'one small note'))
      .toBe(true);
    const later = zipped.reader.frames.slice(before).filter((fr) => fr.opcode === 2);
    expect(later.length).toBeGreaterThan(0);
    for (const fr of later) expect(fr.wireBytes).toBeLessThan(16 * 1024);
    expect(later.some((fr) => fr.compressed)).toBe(false);
    f.destroy();
    zipped.peer.destroy();
    plain.peer.destroy();
  });

  it('closes a compressed frame that inflates past the frame limit with 1009; others carry on', async () => {
    const host = await hosts.start();
    const s = await host.api.createSession({ title: 'Bomb' });
    const f = facilitatorPeer(host, s.id);
    const other = connectHubPeer({
      url: host.localUrl,
      sessionId: s.id,
      role: { as: 'attendee', joinCode: s.joinCode },
      localAddress: '127.0.0.2',
    });
    await Promise.all([f.synced, other.synced]);
    let wire: Socket | null = null;
    const bomber = new WebSocket(attendeeSocketUrl(host.localUrl, s.id, s.joinCode), {
      perMessageDeflate: { threshold: 0 },
      localAddress: '127.0.0.3',
      createConnection: ((opts: NetConnectOpts) => (wire = netConnect(opts))) as typeof netConnect,
    });
    await new Promise<void>((resolve, reject) => {
      bomber.once('open', () => resolve());
      bomber.once('error', reject);
    });
    expect(bomber.extensions).toContain('permessage-deflate');
    const closed = new Promise<number>((resolve) => bomber.once('close', (code) => resolve(code)));
    // 8 MiB of one sync update's worth of zeros: about 8 KB compressed, 8× the attendee's limit.
    const bomb = new Uint8Array(8 * 1024 * 1024);
    bomb[0] = 0;
    bomb[1] = 2;
    bomber.send(bomb, { compress: true });
    expect(await closed).toBe(1009);
    // What crossed the wire was far under the limit: the inflated size is what was refused.
    expect(wire!.bytesWritten).toBeLessThan(64 * 1024);
    // The room carries on: a note from the facilitator reaches the other attendee.
    addParkingItem(f.doc, { text: 'still here', authorId: 'f', authorName: 'F' });
    await expect.poll(() => listParkingItems(other.doc).map((i) => i.text)).toEqual(['still here']);
    expect(other.provider.wsconnected).toBe(true);
    f.destroy();
    other.destroy();
  });

  it('does not offer compression when the host runs with it off', async () => {
    const host = await hosts.start({ compression: false });
    const s = await host.api.createSession({ title: 'Plain' });
    const z = newcomer(host, s, true, '127.0.0.2');
    await z.peer.synced;
    expect(z.extensions()).toBe('');
    z.peer.destroy();
  });
});
