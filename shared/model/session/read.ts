// The session's read side: its metadata and who takes part, as plain objects (malformed fields
// read as their defaults, malformed participants are skipped).
import * as Y from 'yjs';
import { sessionDoc } from '../doc';

export interface SessionMeta {
  title: string;
  createdAt: number;
  schemaVersion: number;
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
  };
}

export interface Participant {
  id: string;
  name: string;
  joinedAt: number;
}

export function listParticipants(doc: Y.Doc): Participant[] {
  const out: Participant[] = [];
  sessionDoc(doc).participants.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const name = m.get('name');
    const joinedAt = m.get('joinedAt');
    if (typeof name !== 'string') return;
    out.push({ id, name, joinedAt: typeof joinedAt === 'number' ? joinedAt : 0 });
  });
  return out.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}
