// Commands for the session as a whole: its metadata and who takes part.
import * as Y from 'yjs';
import { sessionDoc, transact, SCHEMA_VERSION } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import type { Participant } from './read';
import { cleanText, NAME_MAX_CHARS, TITLE_MAX_CHARS } from '../limits';
import { signName } from '../authority/authorClaims';
import type { Language } from '../../i18n/languages';
import { setSessionLanguage } from './language';

export function initSession(
  doc: Y.Doc,
  args: { title: string; now?: number; language?: Language },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const title = cleanText(args.title, 'The session title', TITLE_MAX_CHARS);
  const { meta } = sessionDoc(doc);
  transact(doc, origin, () => {
    meta.set('title', title);
    meta.set('createdAt', args.now ?? Date.now());
    meta.set('schemaVersion', SCHEMA_VERSION);
    if (args.language) setSessionLanguage(doc, args.language, origin);
  });
}

/** Sets the session's title (the library's rename writes it here as well as in meta.json). */
export function renameSession(doc: Y.Doc, title: string, origin: unknown = LOCAL_ORIGIN): void {
  const clean = cleanText(title, 'The session title', TITLE_MAX_CHARS);
  const { meta } = sessionDoc(doc);
  transact(doc, origin, () => {
    if (meta.get('title') !== clean) meta.set('title', clean);
  });
}

/** Records (or renames) a participant; idempotent per id. With the participant's key, the name
 * is signed (authorClaims.ts: readers believe no other name an attendee's page wrote). */
export function joinSession(
  doc: Y.Doc,
  args: { id: string; name: string; now?: number; authorKey?: Uint8Array },
  origin: unknown = LOCAL_ORIGIN,
): Participant {
  const name = cleanText(args.name, 'Your name', NAME_MAX_CHARS);
  const { participants } = sessionDoc(doc);
  const signed = args.authorKey
    ? signName(name, { participantId: args.id, authorKey: args.authorKey })
    : null;
  return transact(doc, origin, () => {
    let m = participants.get(args.id);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map<unknown>();
      participants.set(args.id, m);
      m.set('joinedAt', args.now ?? Date.now());
    }
    if (m.get('id') !== args.id) m.set('id', args.id);
    if (m.get('name') !== name) m.set('name', name);
    if (signed && (m.get('k') !== signed.k || m.get('g') !== signed.g)) {
      m.set('k', signed.k);
      m.set('g', signed.g);
    }
    return { id: args.id, name, joinedAt: m.get('joinedAt') as number };
  });
}
