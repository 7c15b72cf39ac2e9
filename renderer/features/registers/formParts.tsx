// The register forms' one frame and fields: a decision, action or measure form is a RegisterForm
// of labelled fields bound to one state of values (useValues); validation errors from the
// register commands show beside the form.
import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { getAgenda } from '../../../shared/model/agenda/read';
import { ValidationError } from '../../../shared/model/limits';
import type { MessageId } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';
import { focusOnMount } from '../../app/focusOnMount';

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

/** A form's values as one state, and a setter for each. */
export function useValues<T extends object>(initial: () => T) {
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof T>(key: K) =>
    (v: T[K]) =>
      setValues((s) => ({ ...s, [key]: v }));
  return [values, set] as const;
}

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'autoFocus'
>;

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (v: string) => void;
  wide?: boolean;
  rows?: number;
  /** Focused when it first shows (autoFocus, which Preact does not honour: app/focusOnMount). */
  takesFocus?: boolean;
} & InputProps;

/** A labelled text input (any input type), or a textarea when it has rows. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, wide, rows, takesFocus, ...input } = props;
  return (
    <Field label={label} wide={wide}>
      {(id) =>
        rows ? (
          <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            id={id}
            type="text"
            {...input}
            ref={takesFocus ? focusOnMount : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** Text fields as data: the value's key, the label's message id, and any more of TextField's props. */
export type TextSpec<K extends string> = readonly [
  key: K,
  label: MessageId,
  more?: Omit<TextFieldProps, 'label' | 'value' | 'onChange'>,
];

export function TextFields<K extends string>(props: {
  specs: readonly TextSpec<K>[];
  values: Record<K, string>;
  set: (key: K) => (v: string) => void;
}) {
  const t = useT();
  return props.specs.map(([key, label, more]) => (
    <TextField
      key={key}
      label={t(label)}
      {...more}
      value={props.values[key]}
      onChange={props.set(key)}
    />
  ));
}

export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  onChange: (v: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The block a record comes from, or none. */
export function BlockSelect(props: { doc: Y.Doc; value: string; onChange: (v: string) => void }) {
  const t = useT();
  const blocks = getAgenda(props.doc).days.flatMap((d, di) =>
    d.blocks.map((b) => ({ value: b.id, label: `${di + 1}.${b.index + 1} ${b.title}` })),
  );
  return (
    <SelectField
      label={t('registers.fromBlock')}
      value={props.value}
      onChange={props.onChange}
      options={[{ value: '', label: t('registers.noBlock') }, ...blocks]}
    />
  );
}

/**
 * One register form: "New decision" or "Edit decision", its fields, the error a write threw (a
 * ValidationError's message), and Add/Save and Cancel. `write` saves; then the form is done.
 */
export function RegisterForm(props: {
  what: 'decision' | 'action' | 'measure';
  editing: boolean;
  write: () => void;
  onDone: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      props.write();
      setError(null);
      props.onDone();
    } catch (err) {
      if (err instanceof ValidationError) setError(explain(err));
      else throw err;
    }
  };
  return (
    <form
      className="register-form"
      onSubmit={submit}
      aria-label={t(props.editing ? 'registers.editForm' : 'registers.newForm', {
        what: props.what,
      })}
    >
      {props.children}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="primary">
          {t(props.editing ? 'registers.saveForm' : 'registers.addForm', { what: props.what })}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
