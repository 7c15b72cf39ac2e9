// The language picker: each language named in itself, the page's language selected. A pick
// shows at once and is remembered in this browser (renderer/i18n/language.ts).
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../shared/i18n/languages';
import { chooseLanguage } from './language';
import { useLanguage, useT } from './useT';

/** `compact`: the label is read, not drawn (a room's header on a phone has no room for it). */
export function LanguagePicker(props: { className?: string; compact?: boolean }) {
  const t = useT();
  const language = useLanguage();
  return (
    <label className={`language-picker ${props.className ?? ''}`}>
      <span className={props.compact ? 'visually-hidden' : undefined}>{t('language.label')}</span>
      <select
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
