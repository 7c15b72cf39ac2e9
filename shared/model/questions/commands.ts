// Questions from the room (as in Slido): attendees ask, anonymously by default, and upvote; the
// facilitator marks a question answered or pins one to the projector. A question is its asker's
// (creator-owned; anonymous ones under a one-off client id, through the host only); upvotes are
// one entry per participant and question (toolkitKeys.ts); marks and the pin are the facilitator's.
// An attendee's writes (asking, upvoting) are attendeeCommands.ts, re-exported here.
import type * as Y from 'yjs';
import { QUESTION_MARKS } from './names';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { cleanText } from '../limits';

export { askQuestion, QUESTION_MAX_CHARS, toggleUpvote } from './attendeeCommands';

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
