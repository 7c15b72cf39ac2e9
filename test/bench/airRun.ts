// One run of the air bench (airBench.ts starts it inside a network namespace of its own, with the
// loopback link shaped by tc): a real host in this process serving the built renderer, a session
// of OFFSITE_AIR_NOTES notes, and OFFSITE_AIR_PHONES phones that all start at once, as when the
// QR code goes up. Each phone fetches what a browser fetches for the join link and the room
// (airPhone.ts, Accept-Encoding as Chromium sends over http), then joins the hub as an attendee
// (hubPeer.ts) until its doc holds every note. OFFSITE_AIR_MODE=plain serves the same build with
// compression off (the anchor). Prints one JSON line of figures.
import { connect as netConnect, type NetConnectOpts, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { startTestHost } from '#kit/host';
import { connectHubPeer, nativeKey, whenSynced, type SocketClass } from '#kit/hubPeer';
import { importSession, offsiteFileWithNotes } from '#kit/seeds/notes';
import { listParkingItems } from '#shared/model/parkingLot/read';
import { visitJoinPage } from './airPhone';
import { envNumber, quantile, round } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PHONES = envNumber('OFFSITE_AIR_PHONES', 150);
const NOTES = envNumber('OFFSITE_AIR_NOTES', 2000);
const MODE = process.env.OFFSITE_AIR_MODE === 'plain' ? 'plain' : 'compressed';

/** Phone i's own loopback address (the host allows a few connections per address). */
const phoneAddress = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

/** A ws that connects from `localAddress` and keeps its TCP socket, to count what it read. */
function countingSocket(localAddress: string, sockets: Socket[]): SocketClass {
  return class Counted extends WebSocket {
    constructor(url: string, protocols?: string | string[], options?: WebSocket.ClientOptions) {
      super(url, protocols, {
        ...options,
        localAddress,
        createConnection: ((o: NetConnectOpts) => {
          const s = netConnect(o);
          sockets.push(s);
          return s;
        }) as typeof netConnect,
      });
    }
  };
}

async function main() {
  // y-websocket adds a process exit listener per client: one per phone here.
  process.setMaxListeners(0);
  const host = await startTestHost({
    rendererDir: `${ROOT}dist/renderer`,
    compression: MODE === 'compressed',
  });
  try {
    const s = await importSession(host, offsiteFileWithNotes('Air', NOTES));
    const expected = listParkingItems((await host.hub.open(s.id)).doc).length;
    const started = performance.now();
    const phones = await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        const address = phoneAddress(i);
        const visit = await visitJoinPage(host.localUrl, { room: true, localAddress: address });
        const pageMs = performance.now() - started;
        const sockets: Socket[] = [];
        const peer = connectHubPeer({
          url: host.localUrl,
          sessionId: s.id,
          role: { as: 'attendee', joinCode: s.joinCode, nativeKey: nativeKey() },
          WebSocket: countingSocket(address, sockets),
          user: { name: `Phone ${i}` },
        });
        await whenSynced(peer.provider);
        const boardMs = performance.now() - started;
        const notes = listParkingItems(peer.doc).length;
        const hubBytes = sockets.reduce((n, so) => n + so.bytesRead, 0);
        const compressed = peer.inflated > 0;
        peer.destroy();
        return { httpBytes: visit.bytes, hubBytes, pageMs, boardMs, notes, compressed };
      }),
    );
    const missing = phones.filter((p) => p.notes < expected).length;
    if (missing > 0) throw new Error(`${missing} phones synced without every note`);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const board = sorted(phones.map((p) => p.boardMs));
    const page = sorted(phones.map((p) => p.pageMs));
    const total = phones.reduce((n, p) => n + p.httpBytes + p.hubBytes, 0);
    const figures = {
      mode: MODE,
      phones: PHONES,
      notes: expected,
      kbPerPhone: round(total / PHONES / 1024),
      pageKbPerPhone: round(phones[0]!.httpBytes / 1024),
      syncKbPerPhone: round(phones.reduce((n, p) => n + p.hubBytes, 0) / PHONES / 1024),
      syncCompressed: phones.every((p) => p.compressed),
      totalMb: round(total / 2 ** 20, 2),
      pageMedianMs: round(quantile(page, 0.5)),
      lastBoardMs: round(board[board.length - 1]!),
      medianBoardMs: round(quantile(board, 0.5)),
    };
    console.log(`AIR ${JSON.stringify(figures)}`);
  } finally {
    await host.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
