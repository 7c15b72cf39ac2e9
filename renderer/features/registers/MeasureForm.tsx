// The facilitator's form for one measure, linked to the decisions and actions it tracks.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { Measure, Registers } from '../../../shared/model/registers/names';
import { addMeasure, updateMeasure } from '../../../shared/model/registers/commands';
import { Buttons, Field, useSubmit } from './formParts';

function LinkList<T extends { id: string }>(props: {
  legend: string;
  items: T[];
  label: (x: T, i: number) => string;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  if (!props.items.length) return null;
  return (
    <fieldset className="field wide">
      <legend>{props.legend}</legend>
      {props.items.map((x, i) => (
        <label key={x.id} className="check">
          <input
            type="checkbox"
            checked={props.chosen.includes(x.id)}
            onChange={(e) =>
              props.onChange(
                e.target.checked ? [...props.chosen, x.id] : props.chosen.filter((c) => c !== x.id),
              )
            }
          />{' '}
          {props.label(x, i)}
        </label>
      ))}
    </fieldset>
  );
}

export function MeasureForm(props: {
  doc: Y.Doc;
  registers: Registers;
  measure?: Measure;
  onDone: () => void;
}) {
  const m = props.measure;
  const [name, setName] = useState(m?.name ?? '');
  const [baseline, setBaseline] = useState(m?.baseline ?? '');
  const [target, setTarget] = useState(m?.target ?? '');
  const [byWhen, setByWhen] = useState(m?.byWhen ?? '');
  const [owner, setOwner] = useState(m?.owner ?? '');
  const [decisionIds, setDecisionIds] = useState(m?.decisionIds ?? []);
  const [actionIds, setActionIds] = useState(m?.actionIds ?? []);
  const { submit, error } = useSubmit(props.onDone);

  const write = () => {
    const fields = { name, baseline, target, byWhen, owner, decisionIds, actionIds };
    if (m) updateMeasure(props.doc, { id: m.id, ...fields });
    else addMeasure(props.doc, fields);
  };

  return (
    <form
      className="register-form"
      onSubmit={submit(write)}
      aria-label={m ? 'Edit measure' : 'New measure'}
    >
      <Field label="Measure name" wide>
        {(id) => (
          <input id={id} type="text" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label="Baseline">
        {(id) => (
          <input
            id={id}
            type="text"
            value={baseline}
            onChange={(e) => setBaseline(e.target.value)}
          />
        )}
      </Field>
      <Field label="Target">
        {(id) => (
          <input id={id} type="text" value={target} onChange={(e) => setTarget(e.target.value)} />
        )}
      </Field>
      <Field label="By when">
        {(id) => (
          <input id={id} type="text" value={byWhen} onChange={(e) => setByWhen(e.target.value)} />
        )}
      </Field>
      <Field label="Owner">
        {(id) => (
          <input id={id} type="text" value={owner} onChange={(e) => setOwner(e.target.value)} />
        )}
      </Field>
      <LinkList
        legend="Tracks decisions"
        items={props.registers.decisions}
        label={(d, i) => `D${i + 1} ${d.title}`}
        chosen={decisionIds}
        onChange={setDecisionIds}
      />
      <LinkList
        legend="Tracks actions"
        items={props.registers.actions}
        label={(a, i) => `A${i + 1} ${a.title}`}
        chosen={actionIds}
        onChange={setActionIds}
      />
      {error}
      <Buttons editing={!!m} what="measure" onCancel={props.onDone} />
    </form>
  );
}
