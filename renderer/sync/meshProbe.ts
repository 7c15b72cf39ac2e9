// The probe page's mesh check: a real data channel with a peer of the room, not just peers heard.
// Over the session's signaling topic the probe announces itself as a y-webrtc peer does; peers
// that answer send it WebRTC offers (simple-peer's signal messages), which it answers with a plain
// RTCPeerConnection (no STUN, as the room's own peers). The mesh works when a message arrives over
// a data channel: the peer's first sync message, sent as soon as the channel opens. The probe sends
// nothing over the channel, joins no doc and closes every connection when done, so the peers drop
// it at once instead of keeping a half-open link in their few places.
import { ENDPOINTS } from '../../shared/protocol/endpoints';

export interface MeshCheck {
  /** Whether the signaling server answered a ping. */
  reached: boolean;
  /** Peers heard on the session's topic. */
  peersSeen: number;
  /** Whether a message came over a WebRTC data channel from one of them. */
  channel: boolean;
}

interface SignalMessage {
  type?: string;
  sdp?: string;
  candidate?: RTCIceCandidateInit;
}

interface TopicMessage {
  type?: string;
  from?: unknown;
  to?: unknown;
  signal?: SignalMessage;
}

/** Answering at most this many peers' offers at once (each is a real connection). */
const MAX_ATTEMPTS = 6;
const REANNOUNCE_MS = 1500;

export function checkMesh(
  origin: string,
  sessionId: string,
  code: string,
  windowMs = 8000,
): Promise<MeshCheck> {
  const me = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16)).join('');
  const token = Date.now() + Math.random();
  const peers = new Set<string>();
  const attempts = new Map<string, Attempt>();
  let pong = false;
  let ws: WebSocket;
  return new Promise((resolve) => {
    let done = false;
    const finish = (channel: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(reannounce);
      for (const a of attempts.values()) a.close();
      ws?.close();
      resolve({ reached: pong, peersSeen: peers.size, channel });
    };
    const timer = setTimeout(() => finish(false), windowMs);
    const publish = (data: object) =>
      ws.readyState === WebSocket.OPEN &&
      ws.send(JSON.stringify({ type: 'publish', topic: sessionId, data }));
    const announce = () => publish({ type: 'announce', from: me });
    // Peers answer an announce by chance (the bounded mesh): ask again until one offers.
    const reannounce = setInterval(() => attempts.size === 0 && announce(), REANNOUNCE_MS);
    try {
      ws = new WebSocket(
        // eslint-disable-next-line lingui/no-unlocalized-strings -- a URL
        `${origin.replace(/^http/, 'ws')}${ENDPOINTS.signal}?token=${encodeURIComponent(code)}`,
      );
    } catch {
      finish(false);
      return;
    }
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'subscribe', topics: [sessionId] }));
      ws.send(JSON.stringify({ type: 'ping' }));
      announce();
    };
    ws.onmessage = (e) => {
      if (typeof e.data !== 'string') return;
      let m: { type?: string; topic?: unknown; data?: TopicMessage };
      try {
        m = JSON.parse(e.data) as typeof m;
      } catch {
        return; // not ours to judge
      }
      if (m.type === 'pong') pong = true;
      const data = m.type === 'publish' && m.topic === sessionId ? m.data : undefined;
      const from = data?.from;
      if (!data || typeof from !== 'string' || from === me) return;
      if (data.to !== undefined && data.to !== me) return;
      peers.add(from);
      if (data.type !== 'signal' || !data.signal) return;
      let attempt = attempts.get(from);
      if (!attempt && data.signal.type === 'offer' && attempts.size < MAX_ATTEMPTS) {
        attempt = new Attempt(
          (signal) => publish({ type: 'signal', from: me, to: from, token, signal }),
          () => finish(true),
        );
        attempts.set(from, attempt);
      }
      attempt?.signal(data.signal);
    };
    ws.onerror = () => finish(false);
    ws.onclose = () => finish(false);
  });
}

/** One answered offer: an RTCPeerConnection that succeeds on the first data channel message. */
class Attempt {
  private readonly pc: RTCPeerConnection;
  private readonly pending: RTCIceCandidateInit[] = [];
  private described = false;

  constructor(
    private readonly send: (signal: SignalMessage) => void,
    onMessage: () => void,
  ) {
    this.pc = new RTCPeerConnection({ iceServers: [] });
    this.pc.onicecandidate = (e) => {
      if (e.candidate) this.send({ type: 'candidate', candidate: e.candidate.toJSON() });
    };
    this.pc.ondatachannel = (e) => {
      e.channel.onmessage = () => onMessage();
    };
  }

  signal(s: SignalMessage): void {
    if (s.type === 'offer' && typeof s.sdp === 'string') void this.answer(s.sdp);
    else if (s.candidate) {
      if (this.described) void this.pc.addIceCandidate(s.candidate).catch(() => {});
      else this.pending.push(s.candidate);
    }
  }

  close(): void {
    this.pc.close();
  }

  private async answer(sdp: string): Promise<void> {
    try {
      await this.pc.setRemoteDescription({ type: 'offer', sdp });
      this.described = true;
      for (const c of this.pending.splice(0)) await this.pc.addIceCandidate(c).catch(() => {});
      const answer = await this.pc.createAnswer();
      await this.pc.setLocalDescription(answer);
      this.send({ type: 'answer', sdp: answer.sdp });
    } catch {
      // a closed connection or an offer this browser cannot take: no channel from this peer
    }
  }
}
