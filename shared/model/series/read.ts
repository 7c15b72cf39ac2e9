// The series' read side: the session's place in its series, each action's status history and
// the status it has now, who confirmed which name, the earlier sessions' decisions, and what the
// "Review commitments" block shows. Tolerant like every reader: malformed entries are skipped.
import * as Y from 'yjs';
import { sessionDoc } from '../doc';
import {
  splitActionUpdateKey,
  splitCommitmentLinkKey,
  participantOfVoter,
} from '../authority/ownerKeys';
import { listActions } from '../registers/read';
import { decisionKind, readRecord } from '../registers/records';
import type { ActionItem, ActionStatus, Decision } from '../registers/names';
import {
  SERIES_META_KEY,
  UPDATE_STATUSES,
  seriesMaps,
  type ActionUpdate,
  type CommitmentLink,
  type SeriesLink,
  type UpdateStatus,
} from './names';

/** The session's place in its series; a session made before series (or alone) is number 1 of
 * a series of its own (seriesId null). */
export function readSeriesLink(doc: Y.Doc): SeriesLink | null {
  const v = sessionDoc(doc).meta.get(SERIES_META_KEY) as Partial<SeriesLink> | undefined;
  if (!v || typeof v !== 'object') return null;
  if (typeof v.seriesId !== 'string' || !v.seriesId) return null;
  const number =
    typeof v.number === 'number' && Number.isInteger(v.number) && v.number >= 1 ? v.number : 1;
  return {
    seriesId: v.seriesId,
    number,
    previousTitle: typeof v.previousTitle === 'string' ? v.previousTitle : null,
  };
}

/** The number of this session in its series (1 when it is in none). */
export const sessionNumber = (doc: Y.Doc): number => readSeriesLink(doc)?.number ?? 1;

const isStatus = (v: unknown): v is UpdateStatus =>
  typeof v === 'string' && (UPDATE_STATUSES as readonly string[]).includes(v);

export function readActionUpdate(key: string, m: Y.Map<unknown>): ActionUpdate | null {
  const parts = splitActionUpdateKey(key);
  const status = m.get('status');
  if (!parts || !isStatus(status)) return null;
  const str = (k: string) => (typeof m.get(k) === 'string' ? (m.get(k) as string) : '');
  const at = m.get('at');
  const session = m.get('session');
  return {
    key,
    actionId: parts.actionId,
    status,
    note: str('note'),
    date: str('date'),
    at: typeof at === 'number' && Number.isFinite(at) ? at : 0,
    byName: str('byName'),
    byParticipant: participantOfVoter(parts.writer),
    session: typeof session === 'number' && Number.isInteger(session) && session >= 1 ? session : 1,
  };
}

/** Every status update, oldest first (ties by key), grouped by action id. */
export function actionHistories(doc: Y.Doc): Map<string, ActionUpdate[]> {
  const out = new Map<string, ActionUpdate[]>();
  seriesMaps(doc).updates.forEach((m, key) => {
    if (!(m instanceof Y.Map)) return;
    const u = readActionUpdate(key, m);
    if (!u) return;
    const list = out.get(u.actionId);
    if (list) list.push(u);
    else out.set(u.actionId, [u]);
  });
  for (const list of out.values())
    list.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

/** The action's status as its last update says (a review's "on track", "at risk" or "slipped"
 * means still in progress); its own status when it has no update. */
export function effectiveStatus(
  action: ActionItem,
  history: readonly ActionUpdate[],
): ActionStatus {
  const last = history[history.length - 1];
  if (!last) return action.status;
  switch (last.status) {
    case 'open':
    case 'in progress':
    case 'done':
    case 'dropped':
      return last.status;
    default:
      return 'in progress';
  }
}

/** Open and in-progress: what a follow-up carries and the library counts. */
export const isOpenCommitment = (s: ActionStatus): boolean => s === 'open' || s === 'in progress';

export function listCommitmentLinks(doc: Y.Doc): CommitmentLink[] {
  const out: CommitmentLink[] = [];
  seriesMaps(doc).links.forEach((m, key) => {
    if (!(m instanceof Y.Map)) return;
    const parts = splitCommitmentLinkKey(key);
    const name = m.get('name');
    if (!parts || typeof name !== 'string' || name.trim().toLowerCase() !== parts.name) return;
    const at = m.get('at');
    out.push({
      key,
      name: name.trim(),
      participantId: parts.participant,
      at: typeof at === 'number' ? at : 0,
    });
  });
  // The first claim of a name wins (ties by key), so every replica agrees whose it is.
  return out.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

export const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';

/** The name a participant confirmed as theirs, or null. */
export function linkedName(doc: Y.Doc, participantId: string): string | null {
  const links = listCommitmentLinks(doc);
  const mine = links.find((l) => l.participantId === participantId);
  if (!mine) return null;
  const first = links.find((l) => sameName(l.name, mine.name));
  return first === mine ? mine.name : null;
}

/** Earlier sessions' decisions (read-only), in the order they were decided. */
export function listCarriedDecisions(doc: Y.Doc): (Decision & { session: string })[] {
  const out: (Decision & { session: string })[] = [];
  seriesMaps(doc).decisions.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const d = readRecord(decisionKind, id, m);
    const session = m.get('session');
    if (d) out.push({ ...d, session: typeof session === 'string' ? session : '' });
  });
  return out.sort((a, b) => a.decidedAt - b.decidedAt || (a.id < b.id ? -1 : 1));
}

/** One action as the review block shows it. */
export interface ReviewItem {
  action: ActionItem;
  status: ActionStatus;
  history: ActionUpdate[];
  /** The update written in this session, if any (the last one). */
  review: ActionUpdate | null;
}

/** The actions carried into this session, each with its history and this session's review. */
export function reviewItems(doc: Y.Doc): ReviewItem[] {
  return actionItems(doc).filter((i) => i.action.carriedFrom !== null);
}

/** Every action of this session, each with its history and this session's review. */
export function actionItems(doc: Y.Doc): ReviewItem[] {
  const number = sessionNumber(doc);
  const histories = actionHistories(doc);
  return listActions(doc).map((action) => {
    const history = histories.get(action.id) ?? [];
    const here = history.filter((u) => u.session === number);
    return {
      action,
      status: effectiveStatus(action, history),
      history,
      review: here[here.length - 1] ?? null,
    };
  });
}

/** Actions where `name` is Responsible or Accountable, with their status now. */
export function commitmentsOf(doc: Y.Doc, name: string): ReviewItem[] {
  const number = sessionNumber(doc);
  const histories = actionHistories(doc);
  return listActions(doc)
    .filter((a) => sameName(a.responsible, name) || sameName(a.accountable, name))
    .map((action) => {
      const history = histories.get(action.id) ?? [];
      const here = history.filter((u) => u.session === number);
      return {
        action,
        status: effectiveStatus(action, history),
        history,
        review: here[here.length - 1] ?? null,
      };
    });
}

/** Open and in-progress actions, counted as the library shows a series. */
export function openCommitmentCount(doc: Y.Doc): number {
  const histories = actionHistories(doc);
  return listActions(doc).filter((a) =>
    isOpenCommitment(effectiveStatus(a, histories.get(a.id) ?? [])),
  ).length;
}
