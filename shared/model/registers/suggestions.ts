// Attendees see the registers read-only; what they may write is a suggestion for a decision or an
// action, which the facilitator accepts (turning it into a record) or dismisses.
import * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS } from '../limits';
import { registerMaps, REGISTER_TEXT_MAX_CHARS } from './names';
import {
  byTimeThenId,
  getRecord,
  MISSING,
  readAll,
  readStored,
  stored,
  vId,
  vRecordId,
  vIdOrNull,
  type Reader,
} from './records';
import { shownAuthor } from '../roster/read';
import { invalid } from '../refusals';

export type SuggestionKind = 'decision' | 'action';
export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  text: string;
  authorId: string;
  authorName: string;
  sourceBlockId: string | null;
  createdAt: number;
  status: SuggestionStatus;
  /** The decision or action it became, once accepted. */
  acceptedAsId: string | null;
}

export function suggest(
  doc: Y.Doc,
  args: {
    kind: SuggestionKind;
    text: string;
    authorId: string;
    authorName: string;
    sourceBlockId?: string | null;
    now?: number;
    id?: string;
  },
  origin: unknown = LOCAL_ORIGIN,
): Suggestion {
  if (args.kind !== 'decision' && args.kind !== 'action') throw invalid('suggestion.kind');
  const s: Suggestion = {
    id: args.id === undefined ? randomId() : vRecordId(args.id, 'suggestion'),
    kind: args.kind,
    text: cleanText(args.text, 'The suggestion', REGISTER_TEXT_MAX_CHARS),
    authorId: vId(args.authorId, 'author'),
    authorName: cleanText(args.authorName, 'Your name', NAME_MAX_CHARS, true),
    sourceBlockId: vIdOrNull(args.sourceBlockId, 'block'),
    createdAt: args.now ?? Date.now(),
    status: 'open',
    acceptedAsId: null,
  };
  const { suggestions } = registerMaps(doc);
  if (suggestions.has(s.id)) throw invalid('suggestion.exists');
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(s)) if (k !== 'id') m.set(k, v);
    suggestions.set(s.id, m);
  });
  return s;
}

/** The facilitator's answer to a suggestion. */
export function resolveSuggestion(
  doc: Y.Doc,
  args: { id: string; status: 'accepted' | 'dismissed'; acceptedAsId?: string | null },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const [, m] = getRecord(registerMaps(doc).suggestions, args.id, 'suggestion');
  if (args.status !== 'accepted' && args.status !== 'dismissed') throw invalid('suggestion.decide');
  const acceptedAsId =
    args.status === 'accepted' ? vIdOrNull(args.acceptedAsId, 'acceptedRecord') : null;
  transact(doc, origin, () => {
    m.set('status', args.status);
    m.set('acceptedAsId', acceptedAsId);
  });
}

/** A stored suggestion: its kind and text or it is skipped; other fields default. */
const oneOf =
  <T extends string>(values: readonly T[], fallback: T | typeof MISSING): Reader<T> =>
  (v) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : fallback;
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const storedSuggestion = {
  kind: oneOf(['decision', 'action'] as const, MISSING),
  text: stored.title,
  authorId: stored.text,
  authorName: stored.text,
  sourceBlockId: stringOrNull,
  // Any number, as before (a suggestion's time was never checked for being finite).
  createdAt: (v: unknown): number => (typeof v === 'number' ? v : 0),
  status: oneOf(['open', 'accepted', 'dismissed'] as const, 'open'),
  acceptedAsId: stringOrNull,
};
const readSuggestion = (id: string, m: Y.Map<unknown>): Suggestion | null =>
  readStored(storedSuggestion, id, m);

/** All suggestions, oldest first (ties by id). The author's name is the writer's own participant
 * entry, never the free text the suggestion carries (roster/read.ts: shownAuthor). */
export function listSuggestions(doc: Y.Doc): Suggestion[] {
  const read = (id: string, m: Y.Map<unknown>): Suggestion | null => {
    const s = readSuggestion(id, m);
    return s && { ...s, authorName: shownAuthor(doc, m, s.authorId, s.authorName) };
  };
  return readAll(registerMaps(doc).suggestions, read).sort(byTimeThenId((s) => s.createdAt));
}
