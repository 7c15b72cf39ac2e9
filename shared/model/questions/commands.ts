// Questions from the room (as in Slido): attendees ask, anonymously by default, and upvote; the
// facilitator marks a question answered or pins one to the projector. A question is its asker's
// (creator-owned; anonymous ones under a one-off client id, through the host only); upvotes are
// one entry per participant and question (toolkitKeys.ts); marks and the pin are the facilitator's.
import * as Y from 'yjs';
import { QUESTIONS, QUESTION_VOTES, QUESTION_MARKS } from './names';
import { upvoteKey, type Asker } from './read';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { randomId } from '../ids';
import { cleanText, NAME_MAX_CHARS } from '../limits';
import { transactAnonymously } from '../board/boardWrite';
import { signAuthor } from '../authority/authorClaims';
import { invalid } from '../refusals';

export const QUESTION_MAX_CHARS = 500;

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
  // A named question is signed by its asker (readers show an attendee's only so); without a key
  // (the facilitator's windows, seeds) it is written as it is.
  const signed =
    args.anonymous || !args.asker.authorKey ? null : signAuthor(QUESTIONS, id, args.asker);
  const write = () => {
    const m = new Y.Map<unknown>();
    doc.getMap(QUESTIONS).set(id, m);
    m.set('text', text);
    m.set('createdAt', args.now ?? Date.now());
    if (args.blockId) m.set('blockId', args.blockId);
    if (!args.anonymous) {
      m.set('authorId', args.asker.participantId);
      m.set('authorName', name);
      if (signed) for (const [field, value] of Object.entries(signed)) m.set(field, value);
    }
  };
  if (args.anonymous) transactAnonymously(doc, write);
  else transact(doc, origin, write);
  return id;
}

/** Upvotes (or takes back the upvote); anonymous, one per participant and question. */
export function toggleUpvote(doc: Y.Doc, args: { questionId: string; voter: Asker }): boolean {
  if (!(doc.getMap(QUESTIONS).get(args.questionId) instanceof Y.Map))
    throw invalid('question.gone');
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

export const ANSWER_MAX_CHARS = 2000;

/**
 * The facilitator writes down the answer given to a question, for the minutes; a written answer
 * marks the question answered too (one transaction). An empty answer removes it.
 */
export function setAnswer(
  doc: Y.Doc,
  args: { questionId: string; answer: string; now?: number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const answer = cleanText(args.answer, 'The answer', ANSWER_MAX_CHARS, true);
  const marks = doc.getMap<unknown>(QUESTION_MARKS);
  transact(doc, origin, () => {
    if (!answer) {
      marks.delete(`answer/${args.questionId}`);
      return;
    }
    marks.set(`answer/${args.questionId}`, answer);
    if (!marks.has(`answered/${args.questionId}`))
      marks.set(`answered/${args.questionId}`, args.now ?? Date.now());
    if (marks.get('pinned') === args.questionId) marks.delete('pinned');
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
