// An attendee's suggestion accepted as a decision or an action (issue 14): the facilitator's
// command, in a module of its own so the words it writes into the session (sessionWords, in the
// session's language) stay off the attendees' pages, which never accept suggestions.
import type * as Y from 'yjs';
import { sessionWords } from '../../i18n/sessionWords';
import { readSessionLanguage } from '../session/language';
import { LOCAL_ORIGIN } from '../origins';
import { transact } from '../doc';
import { addAction, addDecision } from './commands';
import { resolveSuggestion, type Suggestion } from './suggestions';
import { clipTitle, oneLine } from './actionDrafts';

/**
 * Accepts a suggestion as a decision or an action and marks it accepted, in one transaction. A
 * long suggestion keeps its full text as the decision's context; the title is clipped.
 */
export function acceptSuggestion(
  doc: Y.Doc,
  s: Suggestion,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const title = clipTitle(s.text);
  const rest = oneLine(s.text) === title ? '' : s.text;
  return transact(doc, origin, () => {
    const id =
      s.kind === 'decision'
        ? addDecision(
            doc,
            {
              title,
              context: [rest, sessionWords(readSessionLanguage(doc)).suggestedBy(s.authorName)]
                .filter(Boolean)
                .join('\n'),
              sourceBlockId: s.sourceBlockId,
            },
            origin,
          ).id
        : addAction(doc, { title, responsible: '', sourceBlockId: s.sourceBlockId }, origin).id;
    resolveSuggestion(doc, { id: s.id, status: 'accepted', acceptedAsId: id }, origin);
    return id;
  });
}
