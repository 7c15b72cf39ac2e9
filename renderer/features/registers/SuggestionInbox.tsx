// The facilitator's inbox of attendees' suggestions: accept (it becomes a decision or an action,
// to be completed in the register) or dismiss.
import type * as Y from 'yjs';
import { resolveSuggestion, type Suggestion } from '../../../shared/model/registers/suggestions';
import { acceptSuggestion } from '../../../shared/model/registers/acceptSuggestion';
import { clip } from './useRegisters';
import { draftFromSuggestion } from '../../../shared/model/registers/actionDrafts';
import { useActionDraft } from './draftStore';
import { useT } from '../../i18n/useT';

export function SuggestionInbox(props: { doc: Y.Doc; suggestions: Suggestion[] }) {
  const t = useT();
  const open = props.suggestions.filter((s) => s.status === 'open');
  const openDraft = useActionDraft((st) => st.open);
  return (
    <section aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">{t('registers.suggestionsHeading', { n: open.length })}</h3>
      {open.length === 0 ? (
        <p className="muted">{t('registers.noneWaiting')}</p>
      ) : (
        <ul className="suggestions">
          {open.map((s) => (
            <li key={s.id}>
              <article
                aria-label={t('registers.suggestedLabel', { kind: s.kind, text: clip(s.text, 60) })}
              >
                <p>
                  <span className="badge">
                    {t(s.kind === 'decision' ? 'registers.decision' : 'registers.action')}
                  </span>{' '}
                  <span dir="auto">{s.text}</span>{' '}
                  <span className="muted">— {s.authorName || t('registers.anAttendee')}</span>
                </p>
                <div className="row">
                  <button
                    type="button"
                    onClick={() =>
                      // An action opens the form prefilled; it is accepted once saved.
                      s.kind === 'action'
                        ? openDraft(draftFromSuggestion(props.doc, s), s.id)
                        : acceptSuggestion(props.doc, s)
                    }
                  >
                    {t('registers.accept')}
                  </button>
                  <button
                    type="button"
                    onClick={() => resolveSuggestion(props.doc, { id: s.id, status: 'dismissed' })}
                  >
                    {t('registers.dismiss')}
                  </button>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
