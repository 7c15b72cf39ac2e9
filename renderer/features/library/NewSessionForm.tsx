// Creating a session: a title and a template (the host applies the template's agenda). The
// templates are a list of choices, each with what it holds and how long it runs, so a newcomer
// can pick one without knowing the names; the first built-in one (the full offsite) is chosen
// unless a saved template's Use opened the form.
import { useState, type FormEvent } from 'react';
import { hostApi } from '../../platform';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { TEMPLATES, templateIn } from '../../../shared/templates';
import type { TemplateInfo } from '../../../shared/protocol/hostApi';
import { templateSize } from './TemplateList';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  isLanguage,
  type Language,
} from '../../../shared/i18n/languages';
import { activeLanguage } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/useT';
import { errorText } from '../../i18n/validation';
import { focusOnMount } from '../../app/focusOnMount';

export function NewSessionForm(props: {
  /** The host's list (built-in and saved); until it arrives, the built-in ones. */
  templates: TemplateInfo[] | null;
  /** A template to start with (a saved template's Use). */
  initialTemplate?: string;
  onCreated(id: string): void;
  onCancel(): void;
}) {
  const builtIn = props.templates?.filter((t) => t.builtIn) ?? TEMPLATES;
  const saved = props.templates?.filter((t) => !t.builtIn) ?? [];
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState(props.initialTemplate ?? builtIn[0]?.id ?? 'blank');
  // The language of a built-in template's words (prompts, notes, columns): the console's, to start.
  const [language, setLanguage] = useState<Language>(activeLanguage);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) {
      setError(t('library.new.noTitle'));
      return;
    }
    setBusy(true);
    try {
      const created = await hostApi()!.createSession({ title, template, language });
      props.onCreated(created.id);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={t('library.new.form')}>
      <label>
        {t('library.new.title')}
        <input
          type="text"
          value={title}
          maxLength={TITLE_MAX_CHARS}
          ref={focusOnMount}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('library.new.titleExample')}
        />
      </label>
      <label>
        {t('library.new.language')}
        <select
          value={language}
          onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="template-choices">
        <legend>{t('library.new.template')}</legend>
        {saved.length > 0 && <p className="template-group">{t('library.templates.yours')}</p>}
        {saved.map((info) => (
          <TemplateChoice
            key={info.id}
            info={info}
            checked={template === info.id}
            onPick={setTemplate}
          />
        ))}
        {saved.length > 0 && <p className="template-group">{t('library.new.builtIn')}</p>}
        {builtIn.map((info) => (
          <TemplateChoice
            key={info.id}
            info={info}
            checked={template === info.id}
            onPick={setTemplate}
          />
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('library.new.create')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A template to pick: a built-in one named and described in the console's language. */
function TemplateChoice(props: {
  info: TemplateInfo | (typeof TEMPLATES)[number];
  checked: boolean;
  onPick(id: string): void;
}) {
  // templateSize() reads the language's words too: re-rendered when it changes.
  const language = useLanguage();
  const { info } = props;
  const builtIn = !('builtIn' in info) || info.builtIn;
  const shown = builtIn ? templateIn({ ...info, days: [] }, language) : info;
  const about =
    'blocks' in info ? `${shown.description} ${templateSize(info)}`.trim() : shown.description;
  return (
    <label className={`template-choice${props.checked ? ' chosen' : ''}`}>
      <input
        type="radio"
        name="template"
        value={shown.id}
        checked={props.checked}
        aria-labelledby={`template-name-${shown.id}`}
        aria-describedby={`template-about-${shown.id}`}
        onChange={() => props.onPick(shown.id)}
      />
      <span>
        <span className="template-name" id={`template-name-${shown.id}`}>
          {shown.name}
        </span>
        <span className="muted template-about" id={`template-about-${shown.id}`}>
          {about}
        </span>
      </span>
    </label>
  );
}
