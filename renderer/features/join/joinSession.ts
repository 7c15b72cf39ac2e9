// Attendee identity and the join handshake: the join code (from the link's fragment) buys the
// session id. The participant id is the hash of the participant's public signing key (derived
// from the author key this browser keeps), so anyone can check that an entry is theirs.
import { normalizeJoinCode } from '../../../shared/model/ids';
import { participantIdOf, participantKeys } from '../../../shared/model/authority/signing';
import { loadAuthorKey } from '../board/boardKeys';
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

export function loadIdentity(sessionId: string): Identity {
  const participantId = participantIdOf(participantKeys(loadAuthorKey(sessionId)).publicKey);
  return { participantId, name: localStorage.getItem(nameKey(sessionId)) };
}

export function saveName(sessionId: string, name: string): void {
  localStorage.setItem(nameKey(sessionId), name);
}
