// Who is here: a zustand store over the shared awareness (mesh and hub both feed it).
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../shared/model/doc';
import { boundWriter } from '../../shared/model/authority/judgeUpdate';
import { CLIENTS_MAP } from '../../shared/model/schema';

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

const stores = new WeakMap<Awareness, StoreApi<PresenceState>>();

export function presenceStore(awareness: Awareness): StoreApi<PresenceState> {
  let store = stores.get(awareness);
  if (store) return store;
  const s = createStore<PresenceState>()(() => read(awareness));
  // Awareness changes arrive from every peer; re-read at most every
  // PRESENCE_THROTTLE_MS so a big room does not re-render the console on each of them.
  let timer: ReturnType<typeof setTimeout> | null = null;
  const reread = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      s.setState(read(awareness), true);
    }, PRESENCE_THROTTLE_MS);
  };
  awareness.on('change', reread);
  // Renewals too (every 15 s per peer): a room once showed "0 of 0 done" on a projector whose
  // awareness and bindings were both complete, so a re-read cannot depend on one event alone.
  awareness.on('update', reread);
  // A binding can arrive after the presence it vouches for.
  awareness.doc.getMap(CLIENTS_MAP).observe(reread);
  stores.set(awareness, s);
  store = s;
  return store;
}

export function usePresence<T>(awareness: Awareness, selector: (s: PresenceState) => T): T {
  return useStore(presenceStore(awareness), selector);
}
