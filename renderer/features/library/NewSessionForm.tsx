// Creating a session: a title and a template (the host applies the template's agenda).
import { useState, type FormEvent } from 'react';
import { hostApi } from '../../platform';
import { TITLE_MAX_CHARS } from '../../../shared/model/limits';
import { TEMPLATES } from '../../../shared/templates';

export function NewSessionForm(props: { onCreated(id: string): void; onCancel(): void }) {
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
          {TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
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
