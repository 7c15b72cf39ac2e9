// Creating a session: a title and a template (the host applies the template's agenda).
import { useState, type FormEvent } from 'react';
import { hostApi } from '../../platform';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { TEMPLATES } from '../../../shared/templates';
import type { TemplateInfo } from '../../../shared/protocol/hostApi';

export function NewSessionForm(props: {
  /** The host's list (built-in and saved); until it arrives, the built-in ones. */
  templates: TemplateInfo[] | null;
  onCreated(id: string): void;
  onCancel(): void;
}) {
  const builtIn = props.templates?.filter((t) => t.builtIn) ?? TEMPLATES;
  const saved = props.templates?.filter((t) => !t.builtIn) ?? [];
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState('blank');
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
      const created = await hostApi()!.createSession({ title, template });
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
        Template
        <select value={template} onChange={(e) => setTemplate(e.target.value)}>
          <optgroup label="Built in">
            {builtIn.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 && (
            <optgroup label="Your templates">
              {saved.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
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
