// Who is here: a zustand store over the shared awareness (mesh and hub both feed it).
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../shared/model/doc';

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

function read(awareness: Awareness): PresenceState {
  const byId = new Map<string, PresenceUser>();
  for (const state of awareness.getStates().values()) {
    const user = (state as { user?: unknown }).user;
    if (isUser(user)) byId.set(user.participantId, user);
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
  awareness.on('change', () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      s.setState(read(awareness), true);
    }, PRESENCE_THROTTLE_MS);
  });
  stores.set(awareness, s);
  store = s;
  return store;
}

export function usePresence<T>(awareness: Awareness, selector: (s: PresenceState) => T): T {
  return useStore(presenceStore(awareness), selector);
}
