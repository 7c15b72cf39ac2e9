// Signaling's topics and the connections in them: y-webrtc's subscribe, unsubscribe, publish and
// ping from an authenticated connection, each kept to the one topic its token grants. No sockets
// here beyond each peer's send (signaling.ts owns those).
import { WebSocket, type RawData } from 'ws';
import type { SignalingMessage } from './frameGuard';
import { TokenBucket } from '../limits/limiters';
import type { BucketLimit } from '../limits/limits';

/** One signaling connection's state. */
export class SignalingPeer {
  /** The one topic this connection's token grants; null until its auth frame was checked. */
  topic: string | null;
  /** The token it authenticated with (rotating a join code disconnects its holders); '' while
   * its auth frame is being checked. */
  token: string | null;
  /** Frees its place in the session's and address's quota. */
  release: () => void;
  /** Frames that arrived before authentication, handled once it succeeds. */
  early: [RawData, boolean][] | null;
  readonly rate: TokenBucket;
  malformed = 0;
  /** Answered the last keepalive ping. */
  alive = true;
  /** Being closed by us: later frames are ignored. */
  closing = false;
  loggedDrop = false;

  constructor(
    readonly ws: WebSocket,
    readonly address: string,
    grant: { topic: string; token: string; release: () => void } | null,
    rate: BucketLimit,
    now: () => number,
  ) {
    this.topic = grant?.topic ?? null;
    this.token = grant?.token ?? null;
    this.release = grant?.release ?? (() => {});
    this.early = grant ? null : [];
    this.rate = new TokenBucket(rate, now);
  }

  send(text: string, log: (message: string) => void): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(text, (error) => {
      if (error) log(`send failed: ${error.message}`);
    });
  }
}

export class Topics {
  private readonly members = new Map<string, Set<SignalingPeer>>();

  constructor(private readonly log: (message: string) => void) {}

  get size(): number {
    return this.members.size;
  }

  /** A message from an authenticated peer; says why when it was dropped, else null. */
  handle(peer: SignalingPeer, message: SignalingMessage): string | null {
    if (peer.topic === null) return null;
    switch (message.type) {
      case 'subscribe':
        // A y-webrtc client lists every room open in its page on every signaling
        // connection, so foreign topics are skipped, not punished.
        if (message.topics.includes(peer.topic)) this.join(peer);
        else if (message.topics.length > 0) return 'subscribe to a foreign topic';
        return null;
      case 'unsubscribe':
        if (message.topics.includes(peer.topic)) this.leave(peer);
        return null;
      case 'publish':
        if (message.topic !== peer.topic) return 'publish to a foreign topic';
        this.publish(message.topic, message.data);
        return null;
      case 'ping':
        peer.send(JSON.stringify({ type: 'pong' }), this.log);
        return null;
      case 'auth': // the server handles it before authentication; later ones are ignored
        return null;
    }
  }

  /** Subscribes a peer to its own topic. */
  join(peer: SignalingPeer): void {
    if (peer.topic === null) return;
    let members = this.members.get(peer.topic);
    if (!members) this.members.set(peer.topic, (members = new Set()));
    members.add(peer);
  }

  leave(peer: SignalingPeer): void {
    if (peer.topic === null) return;
    const members = this.members.get(peer.topic);
    if (!members) return;
    members.delete(peer);
    if (members.size === 0) this.members.delete(peer.topic);
  }

  /** Sends a publish to every member of its topic (the sender too, as y-webrtc's server does). */
  publish(topic: string, data: unknown): void {
    const members = this.members.get(topic);
    if (!members) return;
    // Rebuilt rather than echoed, so a sender cannot smuggle extra fields to others.
    const text = JSON.stringify({ type: 'publish', topic, data, clients: members.size });
    for (const member of members) member.send(text, this.log);
  }

  clear(): void {
    this.members.clear();
  }
}
