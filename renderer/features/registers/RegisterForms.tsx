// The facilitator's forms for one decision or action: empty to add, filled to edit. Every write
// goes through the register commands; validation errors show beside the form.
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import {
  ACTION_STATUSES,
  type ActionItem,
  type ActionStatus,
  type Decision,
} from '../../../shared/model/registers/names';
import {
  addDecision,
  updateDecision,
  addAction,
  updateAction,
} from '../../../shared/model/registers/commands';
import { splitLines, splitNames } from './useRegisters';
import { BlockSelect, Buttons, Field, useSubmit } from './formParts';
import { ValidationError } from '../../../shared/model/limits';
import {
  ownerChoices,
  ownerWarning,
  type ActionDraft,
} from '../../../shared/model/registers/actionDrafts';

const toLocalInput = (ms: number) => {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

export function DecisionForm(props: { doc: Y.Doc; decision?: Decision; onDone: () => void }) {
  const d = props.decision;
  const [title, setTitle] = useState(d?.title ?? '');
  const [context, setContext] = useState(d?.context ?? '');
  const [options, setOptions] = useState(d?.optionsConsidered.join('\n') ?? '');
  const [decision, setDecision] = useState(d?.decision ?? '');
  const [rationale, setRationale] = useState(d?.rationale ?? '');
  const [mode, setMode] = useState<'count' | 'names'>(d?.dissent.mode ?? 'count');
  const [count, setCount] = useState(d?.dissent.mode === 'count' ? String(d.dissent.count) : '0');
  const [names, setNames] = useState(d?.dissent.mode === 'names' ? d.dissent.names.join(', ') : '');
  const [block, setBlock] = useState(d?.sourceBlockId ?? '');
  const [decidedAt, setDecidedAt] = useState(toLocalInput(d?.decidedAt ?? Date.now()));
  const [committed, setCommitted] = useState(d?.committed ?? false);
  const { submit, error } = useSubmit(props.onDone);

  const write = () => {
    const at = new Date(decidedAt).getTime();
    const fields = {
      title,
      context,
      optionsConsidered: splitLines(options),
      decision,
      rationale,
      dissent:
        mode === 'count'
          ? { mode: 'count' as const, count: Number(count) }
          : { mode: 'names' as const, names: splitNames(names) },
      sourceBlockId: block || null,
      decidedAt: Number.isFinite(at) ? at : Date.now(),
      committed,
    };
    if (d) updateDecision(props.doc, { id: d.id, ...fields });
    else addDecision(props.doc, fields);
  };

  return (
    <form
      className="register-form"
      onSubmit={submit(write)}
      aria-label={d ? 'Edit decision' : 'New decision'}
    >
      <Field label="Decision title" wide>
        {(id) => (
          <input id={id} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field label="Context" wide>
        {(id) => (
          <textarea id={id} rows={2} value={context} onChange={(e) => setContext(e.target.value)} />
        )}
      </Field>
      <Field label="Options considered (one per line)" wide>
        {(id) => (
          <textarea id={id} rows={2} value={options} onChange={(e) => setOptions(e.target.value)} />
        )}
      </Field>
      <Field label="The decision" wide>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
          />
        )}
      </Field>
      <Field label="Rationale" wide>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="field">
        <legend>Dissent noted as</legend>
        <label>
          <input type="radio" checked={mode === 'count'} onChange={() => setMode('count')} /> a
          count
        </label>{' '}
        <label>
          <input type="radio" checked={mode === 'names'} onChange={() => setMode('names')} /> names
        </label>
      </fieldset>
      {mode === 'count' ? (
        <Field label="People dissenting">
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
          )}
        </Field>
      ) : (
        <Field label="Dissenting (names, comma-separated)">
          {(id) => (
            <input id={id} type="text" value={names} onChange={(e) => setNames(e.target.value)} />
          )}
        </Field>
      )}
      <BlockSelect doc={props.doc} value={block} onChange={setBlock} />
      <Field label="Decided at">
        {(id) => (
          <input
            id={id}
            type="datetime-local"
            value={decidedAt}
            onChange={(e) => setDecidedAt(e.target.value)}
          />
        )}
      </Field>
      <label className="field">
        <input
          type="checkbox"
          checked={committed}
          onChange={(e) => setCommitted(e.target.checked)}
        />{' '}
        Committed
      </label>
      {error}
      <Buttons editing={!!d} what="decision" onCancel={props.onDone} />
    </form>
  );
}

export function ActionForm(props: {
  doc: Y.Doc;
  action?: ActionItem;
  /** What a new action opens with (promoted note, accepted suggestion, the current block). */
  draft?: ActionDraft;
  onSaved?: (id: string) => void;
  onDone: () => void;
}) {
  const a = props.action;
  const draft = props.draft;
  const [title, setTitle] = useState(a?.title ?? draft?.title ?? '');
  const [responsible, setResponsible] = useState(a?.responsible ?? draft?.responsible ?? '');
  // "No owner, no action": the first save without a Responsible warns, the second saves.
  const [warned, setWarned] = useState<string | null>(null);
  const owners = ownerChoices(props.doc);
  const ownersId = useId();
  const hintId = useId();
  const [accountable, setAccountable] = useState(a?.accountable ?? '');
  const [consulted, setConsulted] = useState(a?.consulted.join(', ') ?? '');
  const [informed, setInformed] = useState(a?.informed.join(', ') ?? '');
  const [due, setDue] = useState(a?.due ?? '');
  const [measure, setMeasure] = useState(a?.successMeasure ?? draft?.successMeasure ?? '');
  const [status, setStatus] = useState<ActionStatus>(a?.status ?? 'open');
  const [block, setBlock] = useState(a?.sourceBlockId ?? draft?.sourceBlockId ?? '');
  const { submit, error } = useSubmit(props.onDone);

  const write = () => {
    const warning = ownerWarning(responsible);
    if (warning && warned !== responsible.trim()) {
      setWarned(responsible.trim());
      throw new ValidationError(warning);
    }
    const fields = {
      title,
      responsible,
      accountable,
      consulted: splitNames(consulted),
      informed: splitNames(informed),
      due: due || null,
      successMeasure: measure,
      status,
      sourceBlockId: block || null,
    };
    if (a) updateAction(props.doc, { id: a.id, ...fields });
    else {
      const added = addAction(props.doc, {
        ...fields,
        sourceNoteIds: draft?.sourceNoteIds ?? [],
        sourceGroupId: draft?.sourceGroupId ?? null,
      });
      props.onSaved?.(added.id);
    }
  };

  return (
    <form
      className="register-form"
      onSubmit={submit(write)}
      aria-label={a ? 'Edit action' : 'New action'}
    >
      <Field label="Action title" wide>
        {(id) => (
          <input
            id={id}
            type="text"
            value={title}
            // A prefilled form (promoted, accepted) takes the focus, so it is seen and completed.
            autoFocus={!!draft?.title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <datalist id={ownersId}>
        {owners.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <Field label="Responsible (owner)">
        {(id) => (
          <input
            id={id}
            type="text"
            list={ownersId}
            autoComplete="off"
            value={responsible}
            aria-describedby={hintId}
            onChange={(e) => setResponsible(e.target.value)}
          />
        )}
      </Field>
      <p id={hintId} className="visually-hidden">
        Pick one of the participants, or type a name.
      </p>
      <Field label="Accountable">
        {(id) => (
          <input
            id={id}
            type="text"
            list={ownersId}
            autoComplete="off"
            value={accountable}
            onChange={(e) => setAccountable(e.target.value)}
          />
        )}
      </Field>
      <Field label="Consulted (comma-separated)">
        {(id) => (
          <input
            id={id}
            type="text"
            value={consulted}
            onChange={(e) => setConsulted(e.target.value)}
          />
        )}
      </Field>
      <Field label="Informed (comma-separated)">
        {(id) => (
          <input
            id={id}
            type="text"
            value={informed}
            onChange={(e) => setInformed(e.target.value)}
          />
        )}
      </Field>
      <Field label="Due date">
        {(id) => <input id={id} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
      <Field label="Success measure">
        {(id) => (
          <input id={id} type="text" value={measure} onChange={(e) => setMeasure(e.target.value)} />
        )}
      </Field>
      <Field label="Status">
        {(id) => (
          <select
            id={id}
            value={status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
      </Field>
      <BlockSelect doc={props.doc} value={block} onChange={setBlock} />
      {error}
      <Buttons editing={!!a} what="action" onCancel={props.onDone} />
    </form>
  );
}
