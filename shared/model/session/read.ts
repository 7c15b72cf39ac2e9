// The session's read side: its metadata and who takes part, as plain objects (malformed fields
// read as their defaults, malformed participants are skipped).
import * as Y from 'yjs';
import { sessionDoc } from '../doc';
import { nameVouched } from '../authority/authorClaims';
import type { Language } from '../../i18n/languages';
import { readSessionLanguage } from './language';

export interface SessionMeta {
  title: string;
  createdAt: number;
  schemaVersion: number;
  /** The session's language (language.ts): its exports and projector; English when unset. */
  language: Language;
}

export function readMeta(doc: Y.Doc): SessionMeta {
  const { meta } = sessionDoc(doc);
  const title = meta.get('title');
  const createdAt = meta.get('createdAt');
  const schemaVersion = meta.get('schemaVersion');
  return {
    title: typeof title === 'string' ? title : '',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
    language: readSessionLanguage(doc),
  };
}

export interface Participant {
  id: string;
  name: string;
  joinedAt: number;
}

/**
 * A participant's name as the room may believe it: the entry's name when the participant signed
 * it (or the facilitator or host wrote it), '' when it is not theirs (a peer wrote it under their
 * client id over the mesh), null when there is no such participant.
 */
export function participantName(doc: Y.Doc, participantId: string): string | null {
  const m = sessionDoc(doc).participants.get(participantId);
  return m instanceof Y.Map ? vouchedName(participantId, m) : null;
}

function vouchedName(id: string, m: Y.Map<unknown>): string | null {
  const name = m.get('name');
  if (typeof name !== 'string') return null;
  return nameVouched(id, m, name) ? name : '';
}

export function listParticipants(doc: Y.Doc): Participant[] {
  const out: Participant[] = [];
  sessionDoc(doc).participants.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const name = vouchedName(id, m);
    const joinedAt = m.get('joinedAt');
    if (name === null) return;
    out.push({ id, name, joinedAt: typeof joinedAt === 'number' ? joinedAt : 0 });
  });
  return out.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}
