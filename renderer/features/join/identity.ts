// The attendee's identity: the participant id is the hash of the participant's public signing key
// (derived from the author key this browser keeps), so anyone can check that an entry is theirs.
// The room's chunk imports it, not the join page (tweetnacl stays off the join page, issue 23).
import { participantIdOf, participantKeys } from '../../../shared/model/authority/signing';
import { loadAuthorKey } from '../board/boardKeys';
import { loadName, type Identity } from './joinSession';

export function loadIdentity(sessionId: string): Identity {
  const participantId = participantIdOf(participantKeys(loadAuthorKey(sessionId)).publicKey);
  return { participantId, name: loadName(sessionId) };
}
