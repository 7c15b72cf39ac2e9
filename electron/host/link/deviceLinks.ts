// The host's side of linking a second device to a participant (shared/model/roster/deviceLink.ts):
// sealed identities waiting to be taken, in memory only, each for a few minutes and once. An offer
// must be signed by the key of a participant the roster admits (a lobby or a removed identity
// cannot hand itself on); a take that names no waiting slot counts as a wrong guess with the join
// codes' failure limiter, so nobody can walk the slots.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readJson, sendJson } from '../http/replies';
import type { AuthFailures } from '../limits/authFailures';
import type { SessionRegistry } from '../sessions';
import {
  LINK_BODY_MAX_BYTES,
  linkOfferArgs,
  linkTakeArgs,
  type LinkOfferResult,
  type LinkTakeResult,
} from '../../../shared/protocol/linkApi';
import { ENDPOINTS } from '../../../shared/protocol/endpoints';
import { LINK_TTL_MS, linkOfferText } from '../../../shared/model/roster/deviceLink';
import {
  decodePublicKey,
  participantIdOf,
  verifyText,
} from '../../../shared/model/authority/signing';
import { isAdmitted } from '../../../shared/model/roster/read';

/** Offers waiting at once in one session (a room linking its phones at the same time). */
const MAX_WAITING_PER_SESSION = 50;

interface Waiting {
  sessionId: string;
  box: string;
  expiresAt: number;
}

export class DeviceLinks {
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly now: () => number = Date.now) {}

  private sweep(): void {
    const t = this.now();
    for (const [slot, w] of this.waiting) if (w.expiresAt <= t) this.waiting.delete(slot);
  }

  /** Leaves a sealed identity under a slot; false when the session has too many waiting. */
  offer(sessionId: string, slot: string, box: string): boolean {
    this.sweep();
    let n = 0;
    for (const w of this.waiting.values()) if (w.sessionId === sessionId) n++;
    if (n >= MAX_WAITING_PER_SESSION && !this.waiting.has(slot)) return false;
    this.waiting.set(slot, { sessionId, box, expiresAt: this.now() + LINK_TTL_MS });
    return true;
  }

  /** The sealed identity under a slot of this session, once; null when none waits. */
  take(sessionId: string, slot: string): string | null {
    this.sweep();
    const w = this.waiting.get(slot);
    if (!w || w.sessionId !== sessionId) return null;
    this.waiting.delete(slot);
    return w.box;
  }
}

/** Handles the two link routes; false for any other path. */
export async function handleLinkRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: { links: DeviceLinks; registry: SessionRegistry; failures: AuthFailures },
): Promise<boolean> {
  if (path !== ENDPOINTS.linkOffer && path !== ENDPOINTS.linkTake) return false;
  const ip = req.socket.remoteAddress ?? '?';
  const raw = await readJson(req, LINK_BODY_MAX_BYTES);
  const offering = path === ENDPOINTS.linkOffer;
  const code = (raw as { code?: unknown } | null)?.code;
  const joined = await deps.failures.attempt(ip, () => {
    const record = typeof code === 'string' ? deps.registry.byJoinCode(code) : undefined;
    return { ok: record !== undefined, record };
  });
  if (joined === 'busy')
    throw new HttpError(429, 'Too many wrong codes from this device; wait a little.');
  if (!joined.record) throw new HttpError(404, 'No session has that join code.');
  const sessionId = joined.record.id;

  if (offering) {
    const body = linkOfferArgs.safeParse(raw);
    if (!body.success) throw new HttpError(400, 'That is not a device link offer.');
    const pk = decodePublicKey(body.data.pk);
    if (!pk || !verifyText(pk, linkOfferText(sessionId, body.data.slot), body.data.sig))
      throw new HttpError(403, 'The offer is not signed by its participant.');
    const replica = await deps.registry.open(sessionId);
    if (!replica || !isAdmitted(replica.doc, participantIdOf(pk)))
      throw new HttpError(403, 'Only an admitted participant can add another device.');
    if (!deps.links.offer(sessionId, body.data.slot, body.data.box))
      throw new HttpError(429, 'Too many devices are being linked right now; try again shortly.');
    const result: LinkOfferResult = { expiresInMs: LINK_TTL_MS };
    sendJson(res, 200, result);
    return true;
  }

  const body = linkTakeArgs.safeParse(raw);
  if (!body.success) throw new HttpError(400, 'That is not a device code.');
  const taken = await deps.failures.attempt(ip, () => {
    const box = deps.links.take(sessionId, body.data.slot);
    return { ok: box !== null, box };
  });
  if (taken === 'busy')
    throw new HttpError(429, 'Too many wrong codes from this device; wait a little.');
  if (taken.box === null)
    throw new HttpError(
      404,
      'No device is waiting with that code. Check it, or show a new one on your other device.',
    );
  const result: LinkTakeResult = { box: taken.box };
  sendJson(res, 200, result);
  return true;
}
