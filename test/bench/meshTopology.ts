// How y-webrtc's connection rule shapes a room's mesh, to choose `maxConns` (connectSession.ts).
// y-webrtc 10: a joining peer announces itself through signaling; every peer that holds fewer
// than maxConns connections opens one to it; offers are accepted whatever the count. Peers
// re-announce when a connection closes. This replays that rule for a room joining one by one
// (a seeded shuffle of who answers first) and counts, per note: messages with the hub up (author
// → hub, hub → everyone else, author → its direct mesh peers; no relays) and with the hub gone
// (every peer passes each new update to each of its peers once: meshRelay.ts), beside the
// unbounded mesh y-webrtc ships (every peer connected to every other, every peer rebroadcasting).
import { envNumbers, round } from './stats';
import { answerProbability, MAX_CONNS, MIN_LINKS } from '../../renderer/sync/meshLinks';

export interface TopologyFigures {
  peers: number;
  maxConns: number | 'unbounded';
  answers: number;
  meanDegree: number;
  maxDegree: number;
  /** Share of peers the largest connected part of the mesh holds (who the mesh alone reaches). */
  reached: number;
  /** Hops from a note's author to the farthest peer, mean over authors (hub gone). */
  hops: number;
  messagesPerNoteHubUp: number;
  messagesPerNoteHubGone: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** y-webrtc's rule plus ours (meshLinks.ts): a peer under `maxConns` answers an announce with
 * probability `answers / others`, and a peer with fewer than `MIN_LINKS` links announces again
 * (here: up to `rounds` times over the room). `answers` Infinity is y-webrtc's own rule. */
export function meshGraph(n: number, maxConns: number, answers: number, rounds = 6, seed = 1) {
  const rand = rng(seed);
  const adj: Set<number>[] = [];
  const announce = (x: number, present: number) => {
    const p = answers === Infinity ? 1 : answerProbability(present - 1, answers);
    for (let y = 0; y < present; y++) {
      if (y === x || adj[y]!.has(x) || adj[y]!.size >= maxConns) continue;
      if (rand() < p) {
        adj[y]!.add(x);
        adj[x]!.add(y);
      }
    }
  };
  for (let x = 0; x < n; x++) {
    adj.push(new Set());
    announce(x, x + 1);
  }
  for (let r = 0; r < rounds; r++)
    for (let x = 0; x < n; x++) if (adj[x]!.size < MIN_LINKS) announce(x, n);
  return adj;
}

function bfs(adj: Set<number>[], from: number): number[] {
  const dist = new Array<number>(adj.length).fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of adj[v]!)
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
  }
  return dist;
}

export function topology(
  n: number,
  maxConns: number | 'unbounded',
  answers: number,
): TopologyFigures {
  const adj = meshGraph(n, maxConns === 'unbounded' ? Infinity : maxConns, answers);
  const degrees = adj.map((s) => s.size);
  const edges = degrees.reduce((a, b) => a + b, 0) / 2;
  let reachedSum = 0;
  let hopsSum = 0;
  for (let a = 0; a < n; a++) {
    const d = bfs(adj, a).filter((x) => x >= 0);
    reachedSum += d.length / n;
    hopsSum += Math.max(...d);
  }
  const meanDegree = (2 * edges) / n;
  return {
    peers: n,
    maxConns,
    answers,
    meanDegree: round(meanDegree),
    maxDegree: Math.max(...degrees),
    reached: round(reachedSum / n, 3),
    hops: round(hopsSum / n),
    // Unbounded: y-webrtc's own rebroadcast, every peer sends every new update to every peer.
    messagesPerNoteHubUp: maxConns === 'unbounded' ? 2 * edges : round(n + meanDegree),
    messagesPerNoteHubGone: 2 * edges,
  };
}

export function benchMeshTopology(): Promise<TopologyFigures[]> {
  const rows: TopologyFigures[] = [];
  for (const n of envNumbers('OFFSITE_MESH_SIZES', [40, 150, 500])) {
    rows.push(topology(n, 'unbounded', Infinity), topology(n, MAX_CONNS, Infinity));
    for (const k of [3, 4, 6]) for (const a of [1, 2, 3]) rows.push(topology(n, k, a));
  }
  return Promise.resolve(rows);
}

if (process.argv[1]?.endsWith('meshTopology.ts'))
  void benchMeshTopology().then((rows) => console.table(rows));
