// Shared pieces of the register forms: a labelled field, the source-block picker, submit handling.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { getAgenda } from '../../../shared/model/agenda/read';
import { ValidationError } from '../../../shared/model/limits';

export function Field(props: {
  label: string;
  children: (id: string) => ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  return (
    <div className={props.wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}

export function BlockSelect(props: { doc: Y.Doc; value: string; onChange: (v: string) => void }) {
  const blocks = getAgenda(props.doc).days.flatMap((d, di) =>
    d.blocks.map((b) => ({ id: b.id, label: `${di + 1}.${b.index + 1} ${b.title}` })),
  );
  return (
    <Field label="From block">
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <option value="">None</option>
          {blocks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function useSubmit(onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const submit = (write: () => void) => (e: FormEvent) => {
    e.preventDefault();
    try {
      write();
      setError(null);
      onDone();
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else throw err;
    }
  };
  const shown = error ? (
    <p role="alert" className="error">
      {error}
    </p>
  ) : null;
  return { submit, error: shown };
}

export function Buttons(props: { editing: boolean; what: string; onCancel: () => void }) {
  return (
    <div className="row">
      <button type="submit" className="primary">
        {props.editing ? `Save ${props.what}` : `Add ${props.what}`}
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
