// Who is here: a projection of the shared awareness (mesh and hub both feed it).
import { perSource, projectAwareness, useProjection } from './projection';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../shared/model/doc';
import { boundWriter } from '../../shared/model/authority/judgeUpdate';
import { typesWatchedBy } from '../../shared/model/schema';

export interface PresenceUser {
  participantId: string;
  name: string;
  role: Role;
}

export interface PresenceState {
  online: PresenceUser[];
}

function isUser(v: unknown): v is PresenceUser {
  if (typeof v !== 'object' || v === null) return false;
  const u = v as Record<string, unknown>;
  return (
    typeof u.participantId === 'string' && typeof u.name === 'string' && typeof u.role === 'string'
  );
}

/**
 * A presence entry counts only when the host's client bindings back it: an attendee's awareness
 * id is bound to the participant it names, a facilitator window's to the facilitator. Anyone can
 * put anything in an awareness state (the mesh does not say who sent it); nobody can make the
 * host bind their client id to someone else (hubAuthority.ts).
 */
function vouched(awareness: Awareness, clientId: number, user: PresenceUser): boolean {
  const bound = boundWriter(awareness.doc, clientId);
  if (user.role === 'attendee')
    return bound?.kind === 'participant' && bound.id === user.participantId;
  return bound?.kind === 'facilitator';
}

function read(awareness: Awareness): PresenceState {
  const byId = new Map<string, PresenceUser>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: unknown }).user;
    if (isUser(user) && vouched(awareness, clientId, user)) byId.set(user.participantId, user);
  }
  return { online: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export const PRESENCE_THROTTLE_MS = 250;

/**
 * Awareness changes arrive from every peer; re-read at most every PRESENCE_THROTTLE_MS so a big
 * room does not re-render the console on each of them. A binding can arrive after the presence
 * it vouches for, hence the clients map. Renewals (every 15 s per peer) do not re-read: they
 * change nothing read here. A projector that showed "0 of 0 done" had lost the states themselves
 * (presenceReconnect.ts, and the mesh's presence in meshGuard.ts); presenceStore.test.ts counts
 * the room in each order without waiting for a renewal.
 */
export const presenceStore = perSource((awareness: Awareness) =>
  projectAwareness(awareness, {
    read: () => read(awareness),
    schedule: { throttleMs: PRESENCE_THROTTLE_MS },
    alsoWatch: typesWatchedBy(awareness.doc, 'presence'),
  }),
);

export function usePresence<T>(awareness: Awareness, selector: (s: PresenceState) => T): T {
  return useProjection(presenceStore(awareness), selector);
}
