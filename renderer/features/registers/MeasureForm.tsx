// The facilitator's form for one measure, linked to the decisions and actions it tracks.
import type * as Y from 'yjs';
import type { Measure, Registers } from '../../../shared/model/registers/names';
import { addMeasure, updateMeasure } from '../../../shared/model/registers/commands';
import { vNumberOrNull } from '../../../shared/model/registers/records';
import { ValidationError } from '../../../shared/model/limits';
import { RegisterForm, TextFields, useValues } from './formParts';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';

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
  ['name', 'registers.measureName', { wide: true }],
  ['baseline', 'registers.baseline'],
  ['target', 'registers.target'],
  ['byWhen', 'registers.byWhen'],
  ['owner', 'registers.owner'],
  ['unit', 'registers.unit'],
  ['baselineValue', 'registers.baselineValue', { inputMode: 'decimal' }],
  ['baselineDate', 'registers.baselineDate', { type: 'date' }],
  ['targetValue', 'registers.targetValue', { inputMode: 'decimal' }],
  ['targetDate', 'registers.targetDate', { type: 'date' }],
] as const;

const numberText = (n: number | null | undefined) => (n == null ? '' : String(n));

/** A typed number, or null when empty; the refusal in the reader's language. */
function numberOrNull(text: string, what: 'baseline' | 'target'): number | null {
  try {
    return vNumberOrNull(text, what);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    throw new ValidationError(
      t('registers.notANumber', { what, text: text.trim().slice(0, 40) }),
      err.rule,
    );
  }
}

export function MeasureForm(props: {
  doc: Y.Doc;
  registers: Registers;
  measure?: Measure;
  onDone: () => void;
}) {
  useT();
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
      baselineValue: numberOrNull(v.baselineValue, 'baseline'),
      targetValue: numberOrNull(v.targetValue, 'target'),
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
        legend={t('registers.tracksDecisions')}
        items={props.registers.decisions}
        label={(d, i) => `D${i + 1} ${d.title}`}
        chosen={v.decisionIds}
        onChange={set('decisionIds')}
      />
      <LinkList
        legend={t('registers.tracksActions')}
        items={props.registers.actions}
        label={(a, i) => `A${i + 1} ${a.title}`}
        chosen={v.actionIds}
        onChange={set('actionIds')}
      />
    </RegisterForm>
  );
}
