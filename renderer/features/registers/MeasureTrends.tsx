// Each measure over time: its chart (baseline, target line, values) and its trend in words; on
// the console also a form to record a value (a number, its date, a note, who reported it).
import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import type { Measure, MeasureValue } from '../../../shared/model/registers/names';
import { recordMeasureValue } from '../../../shared/model/registers/measureValues';
import { readSessionDetails } from '../../../shared/model/session/details';
import { ValidationError } from '../../../shared/model/limits';
import { measureChart } from '../../../shared/charts/measureChart';
import { measureWords } from '../../../shared/charts/measureWords';
import { ChartSvg } from '../charts/ChartSvg';
import { measureChartWords } from './measureChartWords';
import { useT } from '../../i18n/useT';
import { explain } from '../../i18n/validation';

const today = () => new Date().toISOString().slice(0, 10);

function RecordValueForm(props: { doc: Y.Doc; measure: Measure }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [who, setWho] = useState(() => readSessionDetails(props.doc).facilitatorName);
  const [error, setError] = useState<string | null>(null);
  const name = props.measure.name;

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      recordMeasureValue(props.doc, { measureId: props.measure.id, value, date, note, who });
      setValue('');
      setNote('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(explain(err));
      else throw err;
    }
  }

  return (
    <form
      className="measure-value-form"
      onSubmit={submit}
      aria-label={t('registers.recordValueOf', { name })}
    >
      <label>
        {props.measure.unit
          ? t('registers.valueIn', { unit: props.measure.unit })
          : t('registers.value')}
        <input
          type="text"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <label>
        {t('registers.date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t('registers.note')}
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        {t('registers.whoReported')}
        <input type="text" value={who} onChange={(e) => setWho(e.target.value)} />
      </label>
      <button type="submit">{t('registers.recordValue')}</button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function MeasureTrend(props: {
  measure: Measure;
  values: MeasureValue[];
  tag: string;
  /** The console's form to record a value. */
  doc?: Y.Doc;
}) {
  const t = useT();
  const { measure: m, values } = props;
  const words = measureChartWords();
  return (
    <article
      className="measure-trend"
      aria-label={t('registers.measureLabel', { tag: props.tag, name: m.name })}
    >
      <h4>
        {props.tag} {m.name}
      </h4>
      <p className="measure-words" data-testid="measure-words">
        {measureWords(m, values, words.trend)}
      </p>
      <ChartSvg
        testId="measure-chart"
        make={(width, font) => measureChart(m, values, width, font, words)}
      />
      {props.doc && <RecordValueForm doc={props.doc} measure={m} />}
    </article>
  );
}

export function MeasureTrends(props: {
  measures: Measure[];
  values: Map<string, MeasureValue[]>;
  doc?: Y.Doc;
}) {
  if (!props.measures.length) return null;
  return (
    <div className="measure-trends">
      {props.measures.map((m, i) => (
        <MeasureTrend
          key={m.id}
          tag={`M${i + 1}`}
          measure={m}
          values={props.values.get(m.id) ?? []}
          doc={props.doc}
        />
      ))}
    </div>
  );
}
