// The hub's compression (issue 23): a newcomer's sync of a big session travels compressed, once
// for every peer that inflates (MSG_DEFLATED, shared/protocol/deflatedMessage.ts); small messages
// (a note) go as they are; a client that does not inflate gets plain messages; no permessage-
// deflate is negotiated, so a compressed frame from an attendee closes that one connection while
// the room carries on.
import { describe, expect, it } from 'vitest';
import { connect as netConnect, type NetConnectOpts, type Socket } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import WebSocket from 'ws';
import { useHosts } from '#kit/useHost';
import { attendeeSocketUrl, facilitatorPeer, connectHubPeer } from '#kit/hubPeer';
import { MSG_DEFLATED } from '#shared/protocol/deflatedMessage';
import { importSession, offsiteFileWithNotes } from '#kit/seeds/notes';
import { addParkingItem } from '#shared/model/parkingLot/commands';
import { listParkingItems } from '#shared/model/parkingLot/read';
import type { TestHost } from '#kit/host';

const hosts = useHosts({}, 'offsite-deflate-');

/** A frame as it crossed the wire (server to client frames are not masked). */
interface WireFrame {
  /** RSV1: compressed by permessage-deflate. */
  compressed: boolean;
  opcode: number;
  wireBytes: number;
  /** The hub message's type (its first byte; every type the hub sends is below 128). */
  type: number | undefined;
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
        frames.push({
          compressed: (buf[0]! & 0x40) !== 0,
          opcode: buf[0]! & 0x0f,
          wireBytes: len,
          type: len > 0 ? buf[head] : undefined,
        });
        buf = buf.subarray(head + len);
      }
    },
  };
}

/** An attendee through the kit's hub client, from its own loopback address, whose socket records
 * every frame's header as it came over the wire; `inflate` false: a client that does not inflate.
 * Its socket offers permessage-deflate, as browsers do. */
function newcomer(
  host: TestHost,
  s: { id: string; joinCode: string },
  inflate: boolean,
  localAddress: string,
) {
  const reader = frameReader();
  const opened: WebSocket[] = [];
  class Tapped extends WebSocket {
    constructor(url: string, protocols?: string | string[], options?: WebSocket.ClientOptions) {
      super(url, protocols, {
        ...options,
        perMessageDeflate: true,
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
    inflate,
  });
  return { peer, reader, extensions: () => opened.at(-1)?.extensions ?? null };
}

describe('hub compression', () => {
  it('sends a newcomer the big sync compressed, once for all, a small note plain', async () => {
    const host = await hosts.start();
    const s = await importSession(host, offsiteFileWithNotes('Big board', 2000));
    const zipped = newcomer(host, s, true, '127.0.0.2');
    const zipped2 = newcomer(host, s, true, '127.0.0.4');
    const plain = newcomer(host, s, false, '127.0.0.3');
    // Each holds the whole board once its sync is done.
    await Promise.all([zipped.peer.synced, zipped2.peer.synced, plain.peer.synced]);
    for (const p of [zipped, zipped2, plain])
      expect(listParkingItems(p.peer.doc)).toHaveLength(2000);
    // Offered by every socket, permessage-deflate is never agreed (no zlib streams per connection).
    for (const p of [zipped, zipped2, plain]) {
      expect(p.extensions()).toBe('');
      expect(p.reader.handshake).not.toMatch(/Sec-WebSocket-Extensions/i);
      expect(p.reader.frames.some((f) => f.compressed)).toBe(false);
    }
    const biggest = (p: typeof plain) =>
      p.reader.frames.reduce((a, b) => (b.wireBytes > a.wireBytes ? b : a));
    expect(biggest(plain).wireBytes).toBeGreaterThan(100_000);
    expect(biggest(plain).type).not.toBe(MSG_DEFLATED);
    expect(plain.peer.inflated).toBe(0);
    expect(biggest(zipped).type).toBe(MSG_DEFLATED);
    expect(biggest(zipped).wireBytes).toBeLessThan(biggest(plain).wireBytes / 3);
    expect(zipped.peer.inflated).toBeGreaterThan(0);
    // The same compressed bytes went to both newcomers.
    expect(biggest(zipped2).wireBytes).toBe(biggest(zipped).wireBytes);

    // A note from the facilitator: small, so it reaches the inflating peer uncompressed.
    const before = zipped.reader.frames.length;
    const f = facilitatorPeer(host, s.id);
    await f.synced;
    addParkingItem(f.doc, { text: 'one small note', authorId: 'f', authorName: 'F' });
    await expect
      .poll(() => listParkingItems(zipped.peer.doc).some((i) => i.text === 'one small note'))
      .toBe(true);
    const later = zipped.reader.frames.slice(before).filter((fr) => fr.opcode === 2);
    expect(later.length).toBeGreaterThan(0);
    for (const fr of later) {
      expect(fr.wireBytes).toBeLessThan(16 * 1024);
      expect(fr.type).not.toBe(MSG_DEFLATED);
    }
    f.destroy();
    for (const p of [zipped, zipped2, plain]) p.peer.destroy();
  });

  it('closes a compressed frame from an attendee (none was agreed); others carry on', async () => {
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
    expect(bomber.extensions).toBe('');
    const closed = new Promise<number>((resolve) => bomber.once('close', (code) => resolve(code)));
    bomber.on('error', () => {}); // the host's close may reach it as a reset
    // 8 MiB of zeros deflated, by hand, in one binary frame with RSV1 set (masked, as a client's).
    const payload = deflateRawSync(new Uint8Array(8 * 1024 * 1024));
    const mask = Buffer.from([1, 2, 3, 4]);
    const header = Buffer.alloc(2 + 8);
    header[0] = 0x80 | 0x40 | 0x2;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(payload.length), 2);
    const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
    wire!.write(Buffer.concat([header, mask, masked]));
    expect(await closed).toBe(1002);
    // The room carries on: a note from the facilitator reaches the other attendee.
    addParkingItem(f.doc, { text: 'still here', authorId: 'f', authorName: 'F' });
    await expect.poll(() => listParkingItems(other.doc).map((i) => i.text)).toEqual(['still here']);
    expect(other.provider.wsconnected).toBe(true);
    f.destroy();
    other.destroy();
  });

  it('sends everything plain when the host runs with compression off', async () => {
    const host = await hosts.start({ compression: false });
    const s = await importSession(host, offsiteFileWithNotes('Plain', 2000));
    const z = newcomer(host, s, true, '127.0.0.2');
    await z.peer.synced;
    expect(listParkingItems(z.peer.doc)).toHaveLength(2000);
    expect(z.peer.inflated).toBe(0);
    expect(z.reader.frames.some((f) => f.type === MSG_DEFLATED)).toBe(false);
    z.peer.destroy();
  });
});
