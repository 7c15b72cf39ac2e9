// An attendee's question writes: asking (anonymously through the host, or named and signed) and
// upvoting. Apart from the facilitator's (commands.ts, which re-exports these) so that a phone
// loads only these.
import * as Y from 'yjs';
import { QUESTIONS, QUESTION_VOTES } from './names';
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
