// The facilitator's form for one measure, linked to the decisions and actions it tracks.
import type * as Y from 'yjs';
import type { Measure, Registers } from '../../../shared/model/registers/names';
import { addMeasure, updateMeasure } from '../../../shared/model/registers/commands';
import { vNumberOrNull } from '../../../shared/model/registers/records';
import { RegisterForm, TextFields, useValues } from './formParts';

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

const MEASURE_TEXTS = [
  ['name', 'Measure name', { wide: true }],
  ['baseline', 'Baseline'],
  ['target', 'Target'],
  ['byWhen', 'By when'],
  ['owner', 'Owner'],
  ['unit', 'Unit (%, days, NPS…)'],
  ['baselineValue', 'Baseline value (a number)', { inputMode: 'decimal' }],
  ['baselineDate', 'Baseline date', { type: 'date' }],
  ['targetValue', 'Target value (a number)', { inputMode: 'decimal' }],
  ['targetDate', 'Target date', { type: 'date' }],
] as const;

const numberText = (n: number | null | undefined) => (n == null ? '' : String(n));

export function MeasureForm(props: {
  doc: Y.Doc;
  registers: Registers;
  measure?: Measure;
  onDone: () => void;
}) {
  const m = props.measure;
  const [v, set] = useValues(() => ({
    name: m?.name ?? '',
    baseline: m?.baseline ?? '',
    target: m?.target ?? '',
    byWhen: m?.byWhen ?? '',
    owner: m?.owner ?? '',
    unit: m?.unit ?? '',
    baselineValue: numberText(m?.baselineValue),
    baselineDate: m?.baselineDate ?? '',
    targetValue: numberText(m?.targetValue),
    targetDate: m?.targetDate ?? '',
    decisionIds: m?.decisionIds ?? [],
    actionIds: m?.actionIds ?? [],
  }));

  const write = () => {
    // A value that is not a number is refused here with its message; the form keeps what was typed.
    const fields = {
      ...v,
      baselineValue: vNumberOrNull(v.baselineValue, 'The baseline value'),
      targetValue: vNumberOrNull(v.targetValue, 'The target value'),
      baselineDate: v.baselineDate || null,
      targetDate: v.targetDate || null,
    };
    if (m) updateMeasure(props.doc, { id: m.id, ...fields });
    else addMeasure(props.doc, fields);
  };

  return (
    <RegisterForm what="measure" editing={!!m} write={write} onDone={props.onDone}>
      <TextFields specs={MEASURE_TEXTS} values={v} set={set} />
      <LinkList
        legend="Tracks decisions"
        items={props.registers.decisions}
        label={(d, i) => `D${i + 1} ${d.title}`}
        chosen={v.decisionIds}
        onChange={set('decisionIds')}
      />
      <LinkList
        legend="Tracks actions"
        items={props.registers.actions}
        label={(a, i) => `A${i + 1} ${a.title}`}
        chosen={v.actionIds}
        onChange={set('actionIds')}
      />
    </RegisterForm>
  );
}
