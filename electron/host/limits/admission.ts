// One admission gate for the host's two WebSocket servers (the hub and signaling). Every
// connection passes the same steps in the same order: its token (what it grants; the failure
// limiter, authFailures.ts, first makes an address that has been guessing wait, then counts a
// wrong token), then what else it claims (the hub: its client id; wrong is refused but not
// counted as a guess), then the connection quota (limiters.ts: per session and per address, with
// the facilitator's reserve). Every refusal is logged and answered by one function: an HTTP
// status before the upgrade, a close code on a connection already open (signaling's auth frame).
import type { Duplex } from 'node:stream';
import { ConnectionQuota, type QuotaRefusal } from './limiters';
import type { AuthFailures } from './authFailures';
import type { HostLimits } from './limits';
import type { Role } from '../../../shared/model/doc';

/** What a right token grants: a place in one session, in one role. */
export interface Grant {
  session: string;
  role: Role;
}

export type Refusal = 'unauthorized' | 'busy' | QuotaRefusal | 'closing';

interface Answer {
  /** The HTTP status (and its text) that refuses an upgrade. */
  status: number;
  statusText: string;
  /** The close code (and reason) that refuses a connection already open. */
  code: number;
  reason: string;
  /** Why, for the log; never the token (tokens are secrets). */
  why: string;
}

const UNAVAILABLE = { status: 503, statusText: 'Service Unavailable', code: 4503 } as const;

export const REFUSALS: Readonly<Record<Refusal, Answer>> = {
  unauthorized: {
    status: 401,
    statusText: 'Unauthorized',
    code: 4401,
    reason: 'unauthorized',
    why: 'missing or unknown token',
  },
  // An address that has been guessing and has too many checks waiting: refused unheard.
  busy: {
    status: 429,
    statusText: 'Too Many Requests',
    code: 4401,
    reason: 'unauthorized',
    why: 'too many token checks waiting from one address',
  },
  'session-full': {
    ...UNAVAILABLE,
    reason: 'the session has no places left',
    why: 'the session has no places left',
  },
  'address-full': {
    ...UNAVAILABLE,
    reason: 'too many connections from one address',
    why: 'too many connections from one address',
  },
  closing: { ...UNAVAILABLE, code: 1001, reason: 'closing', why: 'the server is closing' },
};

/** Where a refusal goes. */
export type Door =
  /** An upgrade not answered yet: refused with an HTTP status. */
  | { socket: Duplex }
  /** A connection already open (signaling's auth frame): refused with a close code. */
  | { isOpen(): boolean; close(code: number, reason: string): void };

export interface Entry<G extends Grant, C extends Grant> {
  /** The caller's address: the failure limiter and the per-address quota count by it. */
  address: string;
  /** Step 1: what the token grants, or null when it is wrong (counted). May throw: logged, and
   * refused as a wrong token. */
  token(): G | null;
  /** Step 2, once the token is right: what else the connection claims, or null to refuse it
   * (401, not counted as a guess). */
  claim?(grant: G): C | null;
}

/** An admitted connection: call release when it closes. */
export interface Ticket<C extends Grant> {
  grant: C;
  release(): void;
}

export interface AdmissionOptions {
  /** Places per session and address (one gate per server: hub and signaling count apart). */
  connections: HostLimits['connections'];
  /** Wrong tokens per address, shared by every server and /api/join. */
  failures?: AuthFailures;
  log(message: string): void;
  /** Starts each refusal's log line, e.g. 'refused a signaling connection'. */
  label: string;
}

export class AdmissionGate {
  private readonly quota: ConnectionQuota;

  constructor(private readonly options: AdmissionOptions) {
    this.quota = new ConnectionQuota(options.connections);
  }

  /** Token → failures → claim → quota. Resolves to a ticket, or to null when the connection was
   * refused (already answered) or left while its token was checked. */
  async admit<G extends Grant, C extends Grant = G>(
    door: Door,
    entry: Entry<G, C>,
  ): Promise<Ticket<C> | null> {
    const checked = await this.check(entry);
    if (gone(door)) return null;
    if (checked === 'busy') return this.refuse(door, 'busy');
    if (checked.grant === null) return this.refuse(door, 'unauthorized');
    const grant = entry.claim ? entry.claim(checked.grant) : (checked.grant as unknown as C);
    if (grant === null) return this.refuse(door, 'unauthorized');
    const admitted = this.quota.admit(grant.session, grant.role, entry.address);
    if (!admitted.ok) return this.refuse(door, admitted.why, grant.session);
    return { grant, release: admitted.release };
  }

  /** Logs and answers a refusal; null, so callers can `return gate.refuse(…)`. */
  refuse(door: Door, refusal: Refusal, session?: string): null {
    const answer = REFUSALS[refusal];
    const to = session === undefined ? '' : ` to session ${session}`;
    this.options.log(`${this.options.label}${to}: ${answer.why}`);
    if ('socket' in door) refuseUpgrade(door.socket, answer.status, answer.statusText);
    else door.close(answer.code, answer.reason);
    return null;
  }

  /** The token, after this address's turn at the failure limiter. */
  private async check<G extends Grant>(entry: Entry<G, Grant>) {
    const run = (): { ok: boolean; grant: G | null } => {
      let grant: G | null = null;
      try {
        grant = entry.token();
      } catch (error) {
        this.options.log(
          `authorize threw: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return { ok: grant !== null, grant };
    };
    return this.options.failures ? this.options.failures.attempt(entry.address, run) : run();
  }
}

function gone(door: Door): boolean {
  return 'socket' in door ? door.socket.destroyed : !door.isOpen();
}

/** Answers an upgrade with a plain HTTP status, as ws does for bad handshakes. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.on('error', () => undefined); // the peer may already be gone; nothing to do
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
