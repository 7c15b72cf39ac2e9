// Keeps the mesh bounded and in one piece (README "Topology"). y-webrtc connects every peer under
// `maxConns` to each newcomer, which in a room of more than maxConns + 1 makes islands of
// maxConns + 1 peers (test/bench/meshTopology.ts). Here a peer under the cap answers an announce
// with probability ANSWERS / (others in the room), and a peer with fewer than MIN_LINKS links
// announces itself again now and then: a sparse random graph that reaches everyone in a few hops.
import type { Awareness } from 'y-protocols/awareness';
import type { WebrtcProvider } from 'y-webrtc';

/** Chosen with test/bench/meshTopology.ts: connected at 40, 150 and 500 peers, about 3.4
 * links each, so a note costs N + 3.4 messages with the hub and 3.4 N without it. */
export const MAX_CONNS = 4;
export const ANSWERS = 2;
export const MIN_LINKS = 2;
const REANNOUNCE_MS = 5000;

interface SignalingLike {
  connected: boolean;
  send(message: unknown): void;
  emit(name: string, args: unknown[]): void;
}
interface RoomLike {
  name: string;
  peerId: string;
  webrtcConns: Map<string, unknown>;
}

/** How likely a peer under the cap answers an announce. Answering every one in a small room
 * would fill the first MAX_CONNS + 1 peers up into an island that later peers never reach. */
export function answerProbability(others: number, answers = ANSWERS): number {
  return Math.min(1, answers / Math.max(1, others));
}

/** Whether this peer answers one announce, given its links and the room's size. */
export function answersAnnounce(links: number, others: number, rand: number): boolean {
  return links < MAX_CONNS && rand < answerProbability(others);
}

const filtered = new WeakSet<SignalingLike>();

/** Applies the rule above to a provider's room once it exists; returns a stop function. */
export function boundMesh(mesh: WebrtcProvider, awareness: Awareness): () => void {
  const withRoom = mesh as unknown as { key: Promise<unknown>; room: RoomLike | null };
  // y-webrtc types signalingConns as any[]; they are lib0 WebsocketClients.
  const conns = mesh.signalingConns as SignalingLike[];
  let stopped = false;
  const rooms = () => (stopped ? null : withRoom.room);
  for (const conn of conns) {
    if (filtered.has(conn)) continue;
    filtered.add(conn);
    const emit = conn.emit.bind(conn);
    conn.emit = (name, args) => {
      const m = args[0] as { type?: string; topic?: string; data?: { type?: string } } | undefined;
      const room = rooms();
      if (name === 'message' && m?.type === 'publish' && m.data?.type === 'announce' && room) {
        if (m.topic === room.name) {
          const others = awareness.getStates().size - 1;
          if (!answersAnnounce(room.webrtcConns.size, others, Math.random())) return;
        }
      }
      emit(name, args);
    };
  }
  const timer = setInterval(
    () => {
      const room = rooms();
      if (!room || room.webrtcConns.size >= MIN_LINKS) return;
      for (const conn of conns)
        if (conn.connected)
          conn.send({
            type: 'publish',
            topic: room.name,
            data: { type: 'announce', from: room.peerId },
          });
    },
    REANNOUNCE_MS + Math.random() * REANNOUNCE_MS,
  );
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
