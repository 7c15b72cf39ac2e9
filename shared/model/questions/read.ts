// The questions' read side: every question with its upvotes, most upvoted first, the one pinned
// to the projector, and whether this participant has upvoted one.
import * as Y from 'yjs';
import { shownAuthor } from '../roster/read';
import { QUESTIONS, QUESTION_VOTES, QUESTION_MARKS } from './names';
import { subjectVoterKey, subjectVoterOwner } from '../authority/ownerKeys';
import { authorVouched } from '../authority/authorClaims';

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
  /** The answer given, as the facilitator wrote it down; null when none was. */
  answer: string | null;
  pinned: boolean;
}

export interface Asker {
  participantId: string;
  /** Needed for a named question only. */
  name?: string;
  authorKey?: Uint8Array;
}

export const upvoteKey = (questionId: string, voter: Asker) =>
  `${questionId}/${subjectVoterKey('question', questionId, voter, true)}`;

/** True when this participant has upvoted the question. */
export function hasUpvoted(doc: Y.Doc, questionId: string, voter: Asker): boolean {
  return voter.authorKey ? doc.getMap(QUESTION_VOTES).has(upvoteKey(questionId, voter)) : false;
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
    if (!authorVouched(doc, QUESTIONS, id, m)) return; // "asked by" someone who did not sign it
    const authorId = m.get('authorId');
    const authorName = m.get('authorName');
    const createdAt = m.get('createdAt');
    const blockId = m.get('blockId');
    const answeredAt = marks.get(`answered/${id}`);
    const answer = marks.get(`answer/${id}`);
    out.push({
      id,
      text,
      authorId: typeof authorId === 'string' && authorId ? authorId : null,
      // A named question's author: the writer's own participant entry, never its free text.
      authorName:
        typeof authorId === 'string' && authorId
          ? shownAuthor(doc, m, authorId, typeof authorName === 'string' ? authorName : '') || null
          : null,
      createdAt: typeof createdAt === 'number' ? createdAt : 0,
      blockId: typeof blockId === 'string' && blockId ? blockId : null,
      upvotes: counts.get(id) ?? 0,
      answeredAt: typeof answeredAt === 'number' ? answeredAt : null,
      answer: typeof answer === 'string' && answer.trim() ? answer : null,
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
