// Whether the mesh passes on what it brought. With the hub up it never does: every author sends
// their own writes to the hub and to their direct mesh peers, and the hub fans out to everyone,
// so a note costs about N messages. A bounded mesh reaches everyone only by relaying, so while the
// hub is silent (the host asleep, stopped or gone) each peer passes every new update it got from
// the mesh on to its mesh peers once (Yjs raises no update for what a doc already holds, so the
// flood stops by itself). The hub is silent when nothing came from it since a mesh update arrived
// and a grace period has passed: a live hub fans that same note out to us well within it.
export const HUB_GRACE_MS = 1500;

export interface HubLiveness {
  /** Date.now() of the last message from the hub (y-websocket's wsLastMessageReceived). */
  lastMessageAt(): number;
  connected(): boolean;
}

export interface MeshRelay {
  /** A mesh-brought update was applied: relays it now, later, or never. */
  offer(update: Uint8Array): void;
  destroy(): void;
}

export function meshRelay(
  hub: HubLiveness,
  send: (update: Uint8Array) => void,
  clock: {
    now: () => number;
    setTimeout: (f: () => void, ms: number) => unknown;
    clearTimeout: (t: unknown) => void;
  } = {
    now: () => Date.now(),
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  },
): MeshRelay {
  /** When the hub was last found silent; null while it is thought live. */
  let silentSince: number | null = null;
  let pending: { update: Uint8Array; at: number }[] = [];
  let timer: unknown = null;

  const hubSilentSince = (t: number) => !hub.connected() || hub.lastMessageAt() < t;

  const check = () => {
    timer = null;
    const now = clock.now();
    const due = pending.filter((p) => now - p.at >= HUB_GRACE_MS);
    pending = pending.filter((p) => now - p.at < HUB_GRACE_MS);
    for (const p of due)
      if (hubSilentSince(p.at)) {
        silentSince = now;
        send(p.update);
      }
    if (pending.length > 0) timer = clock.setTimeout(check, HUB_GRACE_MS);
  };

  return {
    offer(update) {
      const now = clock.now();
      if (!hub.connected() || (silentSince !== null && hubSilentSince(silentSince))) {
        send(update);
        return;
      }
      silentSince = null;
      pending.push({ update, at: now });
      timer ??= clock.setTimeout(check, HUB_GRACE_MS);
    },
    destroy() {
      if (timer !== null) clock.clearTimeout(timer);
      pending = [];
    },
  };
}
