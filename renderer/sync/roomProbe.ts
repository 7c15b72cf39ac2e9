// The probe page's checks of the room from a phone: the host's clock (round trip and offset,
// from /time) and the hub (does /sync/<session> take the join code and send its join challenge?);
// the mesh's check is meshProbe.ts. Nothing here joins the room: no doc, no presence; every
// socket is closed when done.
import { ENDPOINTS } from '../../shared/protocol/endpoints';
import * as decoding from 'lib0/decoding';
import { hubParams, participantKeys } from '../../shared/model/authority/signing';
import { MSG_CHALLENGE } from '../../shared/protocol/hubChallenge';

export interface ClockCheck {
  roundTripMs: number;
  /** Host clock minus this device's clock, ms. */
  offsetMs: number;
}

/** A ping that gets no answer in this time counts as the host out of reach. */
export const PING_TIMEOUT_MS = 4000;

/** Five pings to /time; the lowest round trip's estimate. Null when the host never answered (the
 * first ping that fails ends the check: a network that drops the phone's packets would otherwise
 * keep the page waiting five times as long). */
export async function checkClock(origin: string, samples = 5): Promise<ClockCheck | null> {
  let best: ClockCheck | null = null;
  for (let i = 0; i < samples; i++) {
    try {
      const t0 = performance.now();
      const sentAt = Date.now();
      const res = await fetch(`${origin}${ENDPOINTS.time}`, {
        cache: 'no-store',
        signal: AbortSignal.timeout(PING_TIMEOUT_MS),
      });
      const body = (await res.json()) as { now?: unknown };
      const rtt = performance.now() - t0;
      if (typeof body.now !== 'number') continue;
      const offset = body.now - (sentAt + rtt / 2);
      if (!best || rtt < best.roundTripMs)
        best = { roundTripMs: Math.round(rtt), offsetMs: Math.round(offset) };
    } catch {
      break; // out of reach (or timed out): no more samples
    }
  }
  return best;
}

function wsOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

/** Opens a socket and resolves with what `onOpen`/`onMessage` decide, or `fallback` at timeout. */
function withSocket<T>(
  url: string,
  timeoutMs: number,
  fallback: T,
  handlers: {
    open?(ws: WebSocket): void;
    message?(data: unknown, ws: WebSocket): T | undefined;
    /** What to resolve with at the timeout once the socket opened. */
    settle?(): T;
  },
): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    let opened = false;
    let ws: WebSocket;
    const finish = (value: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.close();
      resolve(value);
    };
    const timer = setTimeout(
      () => finish(opened && handlers.settle ? handlers.settle() : fallback),
      timeoutMs,
    );
    try {
      ws = new WebSocket(url);
    } catch {
      clearTimeout(timer);
      resolve(fallback);
      return;
    }
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      opened = true;
      handlers.open?.(ws);
    };
    ws.onmessage = (e) => {
      const value = handlers.message?.(e.data, ws);
      if (value !== undefined) finish(value);
    };
    ws.onerror = () => finish(fallback);
    ws.onclose = () => finish(opened && handlers.settle ? handlers.settle() : fallback);
  });
}

/**
 * Whether the hub takes this join code on the session: it checks the code and the claim, then
 * sends its join challenge, and that is the answer. The claim is a throwaway participant key's and
 * the challenge is never answered, so the hub never binds it: the probe adds no participant to
 * the roster or the lobby, and the socket is closed at once.
 */
export function checkHub(origin: string, sessionId: string, code: string): Promise<boolean> {
  const cid = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 2) >>> 1 || 1;
  const { publicKey } = participantKeys(crypto.getRandomValues(new Uint8Array(32)));
  const query = new URLSearchParams(hubParams(sessionId, code, cid, publicKey)).toString();
  return withSocket(`${wsOrigin(origin)}${ENDPOINTS.sync}/${sessionId}?${query}`, 5000, false, {
    message: (data) => (isChallenge(data) ? true : undefined),
  });
}

function isChallenge(data: unknown): boolean {
  if (!(data instanceof ArrayBuffer) || data.byteLength === 0) return false;
  try {
    return decoding.readVarUint(decoding.createDecoder(new Uint8Array(data))) === MSG_CHALLENGE;
  } catch {
    return false;
  }
}
