// Questions from the room (as in Slido): attendees ask, anonymously by default, and upvote; the
// facilitator marks a question answered or pins one to the projector. A question is its asker's
// (creator-owned; anonymous ones under a one-off client id, through the host only); upvotes are
// one entry per participant and question (toolkitKeys.ts); marks and the pin are the facilitator's.
import * as Y from 'yjs';
import { QUESTIONS, QUESTION_VOTES, QUESTION_MARKS } from './names';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS, ValidationError } from '../limits';
import { transactAnonymously } from '../board/boardWrite';
import { subjectVoterKey, subjectVoterOwner } from '../authority/ownerKeys';

export const QUESTION_MAX_CHARS = 500;

export interface Question {
  id: string;
  text: string;
  /** null for an anonymous question. */
  authorId: string | null;
  authorName: string | null;
  createdAt: number;
  blockId: string | null;
  upvotes: number;
  answeredAt: number | null;
  pinned: boolean;
}

export interface Asker {
  participantId: string;
  /** Needed for a named question only. */
  name?: string;
  authorKey?: Uint8Array;
}

export function askQuestion(
  doc: Y.Doc,
  args: {
    text: string;
    asker: Asker;
    anonymous: boolean;
    blockId?: string | null;
    now?: number;
    id?: string;
  },
  origin: unknown = LOCAL_ORIGIN,
): string {
  const text = cleanText(args.text, 'A question', QUESTION_MAX_CHARS);
  const name = args.anonymous ? '' : cleanText(args.asker.name, 'Your name', NAME_MAX_CHARS);
  const id = args.id ?? randomId();
  const write = () => {
    const m = new Y.Map<unknown>();
    doc.getMap(QUESTIONS).set(id, m);
    m.set('text', text);
    m.set('createdAt', args.now ?? Date.now());
    if (args.blockId) m.set('blockId', args.blockId);
    if (!args.anonymous) {
      m.set('authorId', args.asker.participantId);
      m.set('authorName', name);
    }
  };
  if (args.anonymous) transactAnonymously(doc, write);
  else transact(doc, origin, write);
  return id;
}

const upvoteKey = (questionId: string, voter: Asker) =>
  `${questionId}/${subjectVoterKey('question', questionId, voter, true)}`;

/** True when this participant has upvoted the question. */
export function hasUpvoted(doc: Y.Doc, questionId: string, voter: Asker): boolean {
  return voter.authorKey ? doc.getMap(QUESTION_VOTES).has(upvoteKey(questionId, voter)) : false;
}

/** Upvotes (or takes back the upvote); anonymous, one per participant and question. */
export function toggleUpvote(doc: Y.Doc, args: { questionId: string; voter: Asker }): boolean {
  if (!(doc.getMap(QUESTIONS).get(args.questionId) instanceof Y.Map))
    throw new ValidationError('That question no longer exists.');
  const key = upvoteKey(args.questionId, args.voter);
  const votes = doc.getMap<unknown>(QUESTION_VOTES);
  const on = !votes.has(key);
  transactAnonymously(doc, () => (on ? votes.set(key, 1) : votes.delete(key)));
  return on;
}

export function markAnswered(
  doc: Y.Doc,
  args: { questionId: string; answered: boolean; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const marks = doc.getMap<unknown>(QUESTION_MARKS);
  transact(doc, origin, () => {
    if (args.answered) marks.set(`answered/${args.questionId}`, args.now ?? Date.now());
    else marks.delete(`answered/${args.questionId}`);
    if (args.answered && marks.get('pinned') === args.questionId) marks.delete('pinned');
  });
}

/** Pins one question to the projector (null unpins). */
export function pinQuestion(
  doc: Y.Doc,
  questionId: string | null,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const marks = doc.getMap<unknown>(QUESTION_MARKS);
  transact(doc, origin, () =>
    questionId ? marks.set('pinned', questionId) : marks.delete('pinned'),
  );
}

/** Upvotes per question: only well-formed anonymous keys count, one per key. */
function countUpvotes(doc: Y.Doc): Map<string, number> {
  const counts = new Map<string, number>();
  doc.getMap<unknown>(QUESTION_VOTES).forEach((_v, key) => {
    const owner = subjectVoterOwner(key);
    if (!owner || !('anonymous' in owner)) return;
    const qid = key.split('/')[0]!;
    counts.set(qid, (counts.get(qid) ?? 0) + 1);
  });
  return counts;
}

/** Open questions first, by upvotes then age; answered ones after, latest answered first. */
export function listQuestions(doc: Y.Doc): Question[] {
  const counts = countUpvotes(doc);
  const marks = doc.getMap<unknown>(QUESTION_MARKS);
  const pinned = marks.get('pinned');
  const out: Question[] = [];
  doc.getMap<Y.Map<unknown>>(QUESTIONS).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const text = m.get('text');
    if (typeof text !== 'string' || !text) return;
    const authorId = m.get('authorId');
    const authorName = m.get('authorName');
    const createdAt = m.get('createdAt');
    const blockId = m.get('blockId');
    const answeredAt = marks.get(`answered/${id}`);
    out.push({
      id,
      text,
      authorId: typeof authorId === 'string' && authorId ? authorId : null,
      authorName: typeof authorName === 'string' && authorName ? authorName : null,
      createdAt: typeof createdAt === 'number' ? createdAt : 0,
      blockId: typeof blockId === 'string' && blockId ? blockId : null,
      upvotes: counts.get(id) ?? 0,
      answeredAt: typeof answeredAt === 'number' ? answeredAt : null,
      pinned: pinned === id,
    });
  });
  return out.sort((a, b) => {
    if ((a.answeredAt === null) !== (b.answeredAt === null)) return a.answeredAt === null ? -1 : 1;
    if (a.answeredAt !== null && b.answeredAt !== null && a.answeredAt !== b.answeredAt)
      return b.answeredAt - a.answeredAt;
    return b.upvotes - a.upvotes || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
  });
}

/** The question pinned to the projector, if any (an answered one is never shown pinned). */
export function pinnedQuestion(doc: Y.Doc): Question | null {
  return listQuestions(doc).find((q) => q.pinned && q.answeredAt === null) ?? null;
}
