// The series' writes in a session: a status update of an action (by its Responsible participant,
// once their name is linked, or by the facilitator), and a participant confirming that a name in
// the actions is theirs. The judge holds attendees to the same rules (authority/commitmentRules.ts).
import * as Y from 'yjs';
import { transact } from '../doc';
import { LOCAL_ORIGIN } from '../origins';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS } from '../limits';
import { actionUpdateKey, commitmentLinkKey } from '../authority/ownerKeys';
import { vDate } from '../registers/records';
import { registerMaps } from '../registers/names';
import { readAction } from '../registers/read';
import {
  SERIES_META_KEY,
  UPDATE_NOTE_MAX_CHARS,
  UPDATE_STATUSES,
  seriesMaps,
  type ActionUpdate,
  type SeriesLink,
  type UpdateStatus,
} from './names';
import { linkedName, listCommitmentLinks, readActionUpdate, sameName, sessionNumber } from './read';
import { invalid } from '../refusals';

/** Who writes an update: the facilitator, or a participant (who must be the Responsible). */
export type UpdateWriter = 'facilitator' | { participantId: string };

export interface RecordUpdateArgs {
  actionId: string;
  status: UpdateStatus;
  note?: string;
  /** yyyy-mm-dd; today (UTC) when absent. */
  date?: string;
  now?: number;
  id?: string;
}

function vUpdateStatus(v: unknown): UpdateStatus {
  if (typeof v === 'string' && (UPDATE_STATUSES as readonly string[]).includes(v))
    return v as UpdateStatus;
  throw invalid('series.status', { statuses: UPDATE_STATUSES.join(', ') });
}

/** Appends a status update to an action's history (never rewrites an earlier one). */
export function recordActionUpdate(
  doc: Y.Doc,
  writer: UpdateWriter,
  args: RecordUpdateArgs,
  origin: unknown = LOCAL_ORIGIN,
): ActionUpdate {
  const m = registerMaps(doc).actions.get(args.actionId);
  const action = m instanceof Y.Map ? readAction(args.actionId, m) : null;
  if (!action) throw invalid('series.noAction');
  const status = vUpdateStatus(args.status);
  const note = cleanText(args.note ?? '', 'The note', UPDATE_NOTE_MAX_CHARS, true);
  if (note.includes('\n')) throw invalid('series.noteOneLine');
  const now = args.now ?? Date.now();
  const date = vDate(args.date ?? new Date(now).toISOString().slice(0, 10), 'date')!;
  let byName = 'Facilitator';
  if (writer !== 'facilitator') {
    const name = linkedName(doc, writer.participantId);
    if (!name || !sameName(name, action.responsible)) throw invalid('series.onlyResponsible');
    byName = name;
  }
  const key = actionUpdateKey(action.id, writer, args.id ?? randomId(8));
  const updates = seriesMaps(doc).updates;
  if (updates.has(key)) throw invalid('series.updateExists');
  transact(doc, origin, () => {
    const u = new Y.Map<unknown>();
    u.set('status', status);
    u.set('note', note);
    u.set('date', date);
    u.set('at', now);
    u.set('byName', byName);
    u.set('session', sessionNumber(doc));
    updates.set(key, u);
  });
  return readActionUpdate(key, updates.get(key)!)!;
}

/** A participant confirms that `name` (as written in the actions) is theirs; the first to
 * confirm a name keeps it. Returns the link's key. */
export function confirmName(
  doc: Y.Doc,
  args: { participantId: string; name: string; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): string {
  const name = cleanText(args.name, 'Your name', NAME_MAX_CHARS);
  const links = listCommitmentLinks(doc);
  const mine = links.find((l) => l.participantId === args.participantId);
  if (mine) {
    if (sameName(mine.name, name)) return mine.key;
    throw invalid('series.alreadyYou', { name: mine.name });
  }
  if (links.some((l) => sameName(l.name, name))) throw invalid('series.nameTaken', { name });
  const key = commitmentLinkKey(name, args.participantId);
  transact(doc, origin, () => {
    const m = new Y.Map<unknown>();
    m.set('name', name);
    m.set('at', args.now ?? Date.now());
    seriesMaps(doc).links.set(key, m);
  });
  return key;
}

/** The facilitator (or the participant) removes a link made in error. */
export function removeNameLink(doc: Y.Doc, key: string, origin: unknown = LOCAL_ORIGIN): void {
  const links = seriesMaps(doc).links;
  if (!links.has(key)) throw invalid('series.noLink');
  transact(doc, origin, () => links.delete(key));
}

/** The host writes the session's place in its series (never a peer: meta.series is host-only). */
export function writeSeriesLink(doc: Y.Doc, link: SeriesLink | null, origin: unknown): void {
  const meta = doc.getMap<unknown>('meta');
  transact(doc, origin, () => {
    if (link === null) meta.delete(SERIES_META_KEY);
    else meta.set(SERIES_META_KEY, { ...link });
  });
}
