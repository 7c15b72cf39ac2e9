// The registers as read-only lists: decisions, the RACI table of actions, measures. The console
// passes `controls` to add its buttons to each record; the room and the projector pass none.
import type { ReactNode } from 'react';
import type {
  ActionItem,
  Decision,
  Dissent,
  Measure,
  Registers,
} from '../../../shared/model/registers/names';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';
import { formatDay } from '../../app/format';

export const dissentText = (d: Dissent) =>
  d.mode === 'count'
    ? d.count === 0
      ? t('registers.noneNoted')
      : t('registers.people', { n: d.count })
    : d.names.length
      ? d.names.join(', ')
      : t('registers.noneNoted');

/** An action's status in the reader's language. */
export const actionStatusText = (status: ActionItem['status']) =>
  t('registers.actionStatus', { status: status.replace(/\s+/g, '_') });

export function DecisionList(props: {
  decisions: Decision[];
  controls?: (d: Decision) => ReactNode;
}) {
  useT();
  if (!props.decisions.length) return <p className="muted">{t('registers.noDecisions')}</p>;
  return (
    <ol className="register-list" aria-label={t('registers.decisions')}>
      {props.decisions.map((d, i) => (
        <li key={d.id} className="register-item">
          <article aria-label={t('registers.decisionLabel', { n: i + 1, title: d.title })}>
            <h4>
              D{i + 1}. <span dir="auto">{d.title}</span>{' '}
              <span className={d.committed ? 'badge ok' : 'badge'}>
                {d.committed ? `✓ ${t('registers.committed')}` : t('registers.notCommitted')}
              </span>
            </h4>
            {d.decision && <p dir="auto">{d.decision}</p>}
            <dl className="facts">
              {d.context && (
                <>
                  <dt>{t('registers.context')}</dt>
                  <dd dir="auto">{d.context}</dd>
                </>
              )}
              {d.optionsConsidered.length > 0 && (
                <>
                  <dt>{t('registers.options')}</dt>
                  <dd dir="auto">{d.optionsConsidered.join(' · ')}</dd>
                </>
              )}
              {d.rationale && (
                <>
                  <dt>{t('registers.rationale')}</dt>
                  <dd dir="auto">{d.rationale}</dd>
                </>
              )}
              <dt>{t('registers.dissent')}</dt>
              <dd>{dissentText(d.dissent)}</dd>
            </dl>
            {props.controls?.(d)}
          </article>
        </li>
      ))}
    </ol>
  );
}

/** A column of a register table: its header (also each cell's label when narrow) and cell. */
interface Column<T> {
  head: string;
  cell: (x: T) => ReactNode;
  /** Text a person typed: its direction follows its script. */
  typed?: boolean;
}

/** A register shown as a table: its names, the numbering tag, the title and the other columns. */
interface TableSpec<T> {
  /** The scrolling region's name. */
  name: string;
  className: string;
  caption: string;
  /** What shows instead of an empty table. */
  empty: string;
  tag: string;
  head: string;
  title: (x: T) => string;
  columns: Column<T>[];
}

/** A register as a table: number, title as the row's header, its columns, the console's controls. */
function RecordTable<T extends { id: string }>(props: {
  table: TableSpec<T>;
  rows: T[];
  controls?: (x: T) => ReactNode;
}) {
  useT();
  const spec = props.table;
  if (!props.rows.length) return <p className="muted">{spec.empty}</p>;
  return (
    // Scrolls sideways inside its card when narrow; focusable so a keyboard can scroll it.
    <div className="table-wrap" role="region" aria-label={spec.name} tabIndex={0}>
      <table className={spec.className}>
        <caption className="visually-hidden">{spec.caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{spec.head}</th>
            {spec.columns.map((c) => (
              <th key={c.head} scope="col">
                {c.head}
              </th>
            ))}
            {props.controls && <th scope="col">{t('note.edit')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((x, i) => (
            <tr key={x.id}>
              <td data-label="#">
                {spec.tag}
                {i + 1}
              </td>
              <th scope="row" dir="auto">
                {spec.title(x)}
              </th>
              {spec.columns.map((c) => (
                <td key={c.head} dir={c.typed ? 'auto' : undefined} data-label={c.head}>
                  {c.cell(x)}
                </td>
              ))}
              {props.controls && <td>{props.controls(x)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const actionTable = (): TableSpec<ActionItem> => ({
  name: t('registers.actionsTable'),
  className: 'raci',
  caption: t('registers.actionsCaption'),
  empty: t('registers.noActions'),
  tag: 'A',
  head: t('registers.action'),
  title: (a) => a.title,
  columns: [
    { head: t('registers.responsible'), cell: (a) => a.responsible, typed: true },
    { head: t('registers.accountable'), cell: (a) => a.accountable, typed: true },
    { head: t('registers.consulted'), cell: (a) => a.consulted.join(', '), typed: true },
    { head: t('registers.informed'), cell: (a) => a.informed.join(', '), typed: true },
    { head: t('registers.due'), cell: (a) => (a.due ? formatDay(a.due) : '') },
    { head: t('registers.successMeasure'), cell: (a) => a.successMeasure, typed: true },
    { head: t('registers.status'), cell: (a) => actionStatusText(a.status) },
  ],
});

export function ActionTable(props: {
  actions: ActionItem[];
  controls?: (a: ActionItem) => ReactNode;
}) {
  useT();
  return <RecordTable table={actionTable()} rows={props.actions} controls={props.controls} />;
}

/** The measures' table; "Tracks" numbers the linked decisions and actions as the lists do. */
function measureTable({ decisions, actions }: Registers): TableSpec<Measure> {
  const ref = (ids: string[], list: { id: string }[], p: string) =>
    ids
      .map((id) => list.findIndex((x) => x.id === id))
      .filter((i) => i >= 0)
      .map((i) => `${p}${i + 1}`);
  return {
    name: t('registers.measuresTable'),
    className: 'measures',
    caption: t('registers.measures'),
    empty: t('registers.noMeasures'),
    tag: 'M',
    head: t('registers.measure'),
    title: (m) => m.name,
    columns: [
      { head: t('registers.baseline'), cell: (m) => m.baseline, typed: true },
      { head: t('registers.target'), cell: (m) => m.target, typed: true },
      { head: t('registers.byWhen'), cell: (m) => m.byWhen, typed: true },
      { head: t('registers.owner'), cell: (m) => m.owner, typed: true },
      {
        head: t('registers.tracks'),
        cell: (m) =>
          [...ref(m.decisionIds, decisions, 'D'), ...ref(m.actionIds, actions, 'A')].join(', '),
      },
    ],
  };
}

export function MeasureTable(props: {
  registers: Registers;
  controls?: (m: Measure) => ReactNode;
}) {
  useT();
  return (
    <RecordTable
      table={measureTable(props.registers)}
      rows={props.registers.measures}
      controls={props.controls}
    />
  );
}

/** The three registers read-only, for attendees and the projector. */
export function RegistersView(props: { registers: Registers; headingLevel?: 2 | 3 }) {
  const t = useT();
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="registers-view">
      <H>{t('registers.decisions')}</H>
      <DecisionList decisions={props.registers.decisions} />
      <H>{t('registers.actions')}</H>
      <ActionTable actions={props.registers.actions} />
      <H>{t('registers.measures')}</H>
      <MeasureTable registers={props.registers} />
    </div>
  );
}
