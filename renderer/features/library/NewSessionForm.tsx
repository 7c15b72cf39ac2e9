// Creating a session: a title and a template (the host applies the template's agenda). The
// templates are a list of choices, each with what it holds and how long it runs, so a newcomer
// can pick one without knowing the names; the first built-in one (the full offsite) is chosen
// unless a saved template's Use opened the form.
import { useState, type FormEvent } from 'react';
import { hostApi } from '../../platform';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { TEMPLATES } from '../../../shared/templates';
import type { TemplateInfo } from '../../../shared/protocol/hostApi';
import { templateSize } from './TemplateList';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  isLanguage,
  type Language,
} from '../../../shared/i18n/languages';
import { activeLanguage } from '../../i18n/language';

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

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) {
      setError('Give the session a title.');
      return;
    }
    setBusy(true);
    try {
      const created = await hostApi()!.createSession({ title, template, language });
      props.onCreated(created.id);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New session">
      <label>
        Session title
        <input
          type="text"
          value={title}
          maxLength={TITLE_MAX_CHARS}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
          placeholder="Product & Engineering offsite"
        />
      </label>
      <label>
        Language of the template
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
        <legend>Template</legend>
        {saved.length > 0 && <p className="template-group">Your templates</p>}
        {saved.map((t) => (
          <TemplateChoice key={t.id} t={t} checked={template === t.id} onPick={setTemplate} />
        ))}
        {saved.length > 0 && <p className="template-group">Built in</p>}
        {builtIn.map((t) => (
          <TemplateChoice key={t.id} t={t} checked={template === t.id} onPick={setTemplate} />
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Create session
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TemplateChoice(props: {
  t: TemplateInfo | (typeof TEMPLATES)[number];
  checked: boolean;
  onPick(id: string): void;
}) {
  const { t } = props;
  const about = 'blocks' in t ? `${t.description} ${templateSize(t)}`.trim() : t.description;
  return (
    <label className={`template-choice${props.checked ? ' chosen' : ''}`}>
      <input
        type="radio"
        name="template"
        value={t.id}
        checked={props.checked}
        aria-labelledby={`template-name-${t.id}`}
        aria-describedby={`template-about-${t.id}`}
        onChange={() => props.onPick(t.id)}
      />
      <span>
        <span className="template-name" id={`template-name-${t.id}`}>
          {t.name}
        </span>
        <span className="muted template-about" id={`template-about-${t.id}`}>
          {about}
        </span>
      </span>
    </label>
  );
}
