// What the hub answers a peer's sync step 1 with. Encoding a whole 5,000-note session costs
// 30–140 ms on the host's main thread (928 KB), and a room joins at once: every new attendee
// would pay it again. So the whole state is encoded once and kept, and each peer that lacks most
// of it gets that same message plus one small diff of what changed since it was encoded (Yjs
// applies what a peer already has as a no-op). Peers that hold most of the doc (the console, a
// returning attendee) get the plain diff against their state vector, as before.
import * as Y from 'yjs';
import { syncStep2Message, syncUpdateMessage } from './hubMessages';

/** Re-encode the whole state once the diff since the kept one passes this share of it. */
const REBUILD_SHARE = 1 / 4;
/** A peer that holds less than this share of the doc's structs gets the kept whole state. */
const FULL_BELOW_SHARE = 1 / 2;
/** Forget the kept state (about the size of the doc on disk) when nobody joined for this long. */
const IDLE_MS = 60_000;

interface Kept {
  /** Sync step 2 with the whole state, framed once, sent as is to every peer. */
  step2: Uint8Array;
  /** The doc's state vector when it was encoded: the diff since is encoded against it. */
  stateVector: Uint8Array;
  /** The doc's version then (see `changed`). */
  version: number;
}

export class FullStateCache {
  private kept: Kept | null = null;
  private version = 0;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', this.changed);
  }

  private readonly changed = () => {
    this.version++;
  };

  /** The messages that bring a peer with this state vector up to the doc: step 2, maybe an update. */
  answer(peerStateVector: Uint8Array): Uint8Array[] {
    if (!this.lacksMost(peerStateVector))
      return [syncStep2Message(Y.encodeStateAsUpdate(this.doc, peerStateVector))];
    this.touch();
    let kept = this.kept;
    if (kept && kept.version !== this.version) {
      const since = Y.encodeStateAsUpdate(this.doc, kept.stateVector);
      // What changed since goes first and the step 2 last: a client says it is synced when its
      // step 2 arrives, and must then hold everything (Yjs keeps the diff's structs pending until
      // the step 2 brings what they build on, and integrates both in that one transaction). With
      // the diff after, a console's screen-reader announcer took its starting point at the step 2
      // and read the diff out as news (wcag.spec saw "Question answered" for an old question).
      if (since.length <= kept.step2.length * REBUILD_SHARE)
        return [syncUpdateMessage(since), kept.step2];
      kept = null;
    }
    kept ??= this.keep();
    return [kept.step2];
  }

  private keep(): Kept {
    this.kept = {
      step2: syncStep2Message(Y.encodeStateAsUpdate(this.doc)),
      stateVector: Y.encodeStateVector(this.doc),
      version: this.version,
    };
    return this.kept;
  }

  /** Whether the peer holds less than FULL_BELOW_SHARE of the doc, counted in struct clocks. */
  private lacksMost(peerStateVector: Uint8Array): boolean {
    const peer = Y.decodeStateVector(peerStateVector);
    let total = 0;
    let held = 0;
    for (const client of this.doc.store.clients.keys()) {
      const clock = Y.getState(this.doc.store, client);
      total += clock;
      held += Math.min(clock, peer.get(client) ?? 0);
    }
    return total > 0 && held < total * FULL_BELOW_SHARE;
  }

  private touch(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => (this.kept = null), IDLE_MS);
    this.idle.unref();
  }

  destroy(): void {
    if (this.idle) clearTimeout(this.idle);
    this.doc.off('update', this.changed);
    this.kept = null;
  }
}
