// The session's language on the console (issue 27): what the exports are written in and what the
// projector speaks. Set when the session was made (the new-session form's language); a change is
// written at once to the doc (facilitator-only, shared/model/session/language.ts).
import { useId } from 'react';
import type * as Y from 'yjs';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../../shared/i18n/languages';
import { setSessionLanguage } from '../../../shared/model/session/language';
import { useDoc } from '../../stores/docStore';
import { useT } from '../../i18n/useT';

export function SessionLanguageSelect(props: { doc: Y.Doc }) {
  const t = useT();
  const id = useId();
  const language = useDoc(props.doc, (s) => s.meta.language);
  return (
    <div className="field session-language">
      <label htmlFor={id}>{t('session.language.label')}</label>
      <select
        id={id}
        aria-describedby={`${id}-help`}
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setSessionLanguage(props.doc, e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="muted">
        {t('session.language.help')}
      </p>
    </div>
  );
}
