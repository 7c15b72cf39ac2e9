// The join handshake: the join code (from the link's fragment) buys the session id; the name this
// browser gave the session. No signing code here: the join page stays without it (issue 23); the
// participant's identity (identity.ts) is worked out by the room.
import { normalizeJoinCode } from '../../../shared/model/ids';
import type { JoinResult } from '../../../shared/protocol/joinApi';
import { platform } from '../../platform';

export type JoinInfo = JoinResult;

export function joinCodeFromLocation(): string | null {
  const raw = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  return raw ? normalizeJoinCode(raw) : null;
}

export function lookUpJoinCode(code: string): Promise<JoinInfo> {
  return platform().join(code);
}

export interface Identity {
  participantId: string;
  name: string | null;
}

const nameKey = (sessionId: string) => `offsite.name.${sessionId}`;

/** The name this browser joined the session with, if it did. */
export function loadName(sessionId: string): string | null {
  return localStorage.getItem(nameKey(sessionId));
}

export function saveName(sessionId: string, name: string): void {
  localStorage.setItem(nameKey(sessionId), name);
}
