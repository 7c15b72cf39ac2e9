// The mesh's peer connection: what y-webrtc asks of simple-peer, over the browser's own
// RTCPeerConnection (issue 23: simple-peer's browser build brings Buffer, streams and their
// polyfills, about 31 KB gzipped of the phone's first visit, for one data channel). The build
// puts this module where y-webrtc imports 'simple-peer/simplepeer.min.js' (renderer/vite.config.ts);
// Node tests and benches keep simple-peer. The signals are simple-peer's, so a page of this build
// talks to one of the last (and meshProbe.ts answers both): { type: 'offer' | 'answer', sdp } and
// { type: 'candidate', candidate: RTCIceCandidateInit }. What y-webrtc uses: new Peer({ initiator,
// config }), on('signal' | 'connect' | 'data' | 'close' | 'error'), signal(), send(), destroy();
// meshGuard.ts wraps emit() and send(). Data arrives as a Uint8Array; a send before the channel
// opens, or after it closes, throws (y-webrtc catches it), as simple-peer's does.

type Listener = (...args: never[]) => void;

export interface MeshPeerOptions {
  initiator?: boolean;
  config?: RTCConfiguration;
}

export interface PeerSignal {
  type?: string;
  sdp?: string;
  candidate?: RTCIceCandidateInit;
}

export default class MeshPeer {
  readonly initiator: boolean;
  connected = false;
  destroyed = false;
  private readonly pc: RTCPeerConnection;
  /** Its own channel (the initiator's) and the other side's: after both offered at once, each
   * side may hold both, and listens on both. */
  private readonly channels: RTCDataChannel[] = [];
  private readonly listeners = new Map<string, Listener[]>();
  /** Candidates that came before the remote description. */
  private readonly early: RTCIceCandidateInit[] = [];

  constructor(opts: MeshPeerOptions = {}) {
    this.initiator = opts.initiator === true;
    this.pc = new RTCPeerConnection(opts.config);
    this.pc.onicecandidate = (e) => {
      if (e.candidate) this.emit('signal', { type: 'candidate', candidate: e.candidate.toJSON() });
    };
    this.pc.onconnectionstatechange = () => {
      const state = this.pc.connectionState;
      if (state === 'failed') this.destroy(new Error('the peer connection failed'));
      else if (state === 'closed') this.destroy();
    };
    // The answering side's channel, and the other's too when both offered at once and this one
    // answered (y-webrtc's glare: one offer is taken, the other rolled back).
    this.pc.ondatachannel = (e) => this.useChannel(e.channel);
    if (this.initiator) {
      this.useChannel(this.pc.createDataChannel('mesh'));
      void this.offer();
    }
  }

  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  off(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const ls = this.listeners.get(event) ?? [];
    for (const l of ls) (l as (...a: unknown[]) => void)(...args);
    return ls.length > 0;
  }

  /** A signal from the other side, as its 'signal' event gave it. */
  signal(data: PeerSignal | string): void {
    if (this.destroyed) return;
    const s: PeerSignal = typeof data === 'string' ? (JSON.parse(data) as PeerSignal) : data;
    if ((s.type === 'offer' || s.type === 'answer') && typeof s.sdp === 'string') {
      void this.described({ type: s.type, sdp: s.sdp });
    } else if (s.candidate) {
      if (this.pc.remoteDescription) this.addCandidate(s.candidate);
      else this.early.push(s.candidate);
    }
  }

  send(data: Uint8Array | string): void {
    const channel = this.channels.find((c) => c.readyState === 'open');
    if (!this.connected || !channel) throw new Error('the data channel is not open');
    if (typeof data === 'string') channel.send(data);
    else channel.send(data as Uint8Array<ArrayBuffer>);
  }

  destroy(error?: Error): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.connected = false;
    for (const c of this.channels) {
      c.onopen = c.onclose = c.onmessage = null;
      c.close();
    }
    this.pc.onicecandidate = this.pc.onconnectionstatechange = this.pc.ondatachannel = null;
    this.pc.close();
    if (error) this.emit('error', error);
    this.emit('close');
  }

  private useChannel(channel: RTCDataChannel): void {
    if (this.destroyed) return channel.close();
    this.channels.push(channel);
    channel.binaryType = 'arraybuffer';
    channel.onopen = () => {
      if (this.connected || this.destroyed) return;
      this.connected = true;
      this.emit('connect');
    };
    // Closed when none is left open or opening.
    channel.onclose = () => {
      if (this.channels.every((c) => c.readyState === 'closed' || c.readyState === 'closing')) {
        this.destroy();
      }
    };
    channel.onmessage = (e: MessageEvent<ArrayBuffer | string>) => {
      this.emit('data', typeof e.data === 'string' ? e.data : new Uint8Array(e.data));
    };
    if (channel.readyState === 'open') channel.onopen(new Event('open'));
  }

  private async offer(): Promise<void> {
    try {
      const offer = await this.pc.createOffer();
      if (this.destroyed) return;
      await this.pc.setLocalDescription(offer);
      if (this.destroyed || !this.pc.localDescription) return;
      this.emit('signal', { type: 'offer', sdp: this.pc.localDescription.sdp });
    } catch (e) {
      this.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private async described(description: RTCSessionDescriptionInit): Promise<void> {
    try {
      await this.pc.setRemoteDescription(description);
      if (this.destroyed) return;
      for (const c of this.early.splice(0)) this.addCandidate(c);
      if (description.type !== 'offer') return;
      const answer = await this.pc.createAnswer();
      if (this.destroyed) return;
      await this.pc.setLocalDescription(answer);
      if (this.destroyed || !this.pc.localDescription) return;
      this.emit('signal', { type: 'answer', sdp: this.pc.localDescription.sdp });
    } catch (e) {
      if (!this.destroyed) this.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private addCandidate(candidate: RTCIceCandidateInit): void {
    this.pc.addIceCandidate(candidate).catch(() => {
      // a candidate of a description since replaced: ICE goes on with the others
    });
  }
}
