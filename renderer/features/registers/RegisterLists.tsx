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

export const dissentText = (d: Dissent) =>
  d.mode === 'count'
    ? d.count === 0
      ? 'none noted'
      : `${d.count} ${d.count === 1 ? 'person' : 'people'}`
    : d.names.length
      ? d.names.join(', ')
      : 'none noted';

export function DecisionList(props: {
  decisions: Decision[];
  controls?: (d: Decision) => ReactNode;
}) {
  if (!props.decisions.length) return <p className="muted">No decisions yet.</p>;
  return (
    <ol className="register-list" aria-label="Decisions">
      {props.decisions.map((d, i) => (
        <li key={d.id} className="register-item">
          <article aria-label={`Decision D${i + 1}: ${d.title}`}>
            <h4>
              D{i + 1}. <span dir="auto">{d.title}</span>{' '}
              <span className={d.committed ? 'badge ok' : 'badge'}>
                {d.committed ? '✓ Committed' : 'Not yet committed'}
              </span>
            </h4>
            {d.decision && <p dir="auto">{d.decision}</p>}
            <dl className="facts">
              {d.context && (
                <>
                  <dt>Context</dt>
                  <dd dir="auto">{d.context}</dd>
                </>
              )}
              {d.optionsConsidered.length > 0 && (
                <>
                  <dt>Options considered</dt>
                  <dd dir="auto">{d.optionsConsidered.join(' · ')}</dd>
                </>
              )}
              {d.rationale && (
                <>
                  <dt>Rationale</dt>
                  <dd dir="auto">{d.rationale}</dd>
                </>
              )}
              <dt>Dissent</dt>
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
  const t = props.table;
  if (!props.rows.length) return <p className="muted">{t.empty}</p>;
  return (
    // Scrolls sideways inside its card when narrow; focusable so a keyboard can scroll it.
    <div className="table-wrap" role="region" aria-label={t.name} tabIndex={0}>
      <table className={t.className}>
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t.head}</th>
            {t.columns.map((c) => (
              <th key={c.head} scope="col">
                {c.head}
              </th>
            ))}
            {props.controls && <th scope="col">Edit</th>}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((x, i) => (
            <tr key={x.id}>
              <td data-label="#">
                {t.tag}
                {i + 1}
              </td>
              <th scope="row" dir="auto">
                {t.title(x)}
              </th>
              {t.columns.map((c) => (
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

const ACTION_TABLE: TableSpec<ActionItem> = {
  name: 'Action items table',
  className: 'raci',
  caption: 'Action items with RACI',
  empty: 'No action items yet.',
  tag: 'A',
  head: 'Action',
  title: (a) => a.title,
  columns: [
    { head: 'Responsible', cell: (a) => a.responsible, typed: true },
    { head: 'Accountable', cell: (a) => a.accountable, typed: true },
    { head: 'Consulted', cell: (a) => a.consulted.join(', '), typed: true },
    { head: 'Informed', cell: (a) => a.informed.join(', '), typed: true },
    { head: 'Due', cell: (a) => a.due ?? '' },
    { head: 'Success measure', cell: (a) => a.successMeasure, typed: true },
    { head: 'Status', cell: (a) => a.status },
  ],
};

export function ActionTable(props: {
  actions: ActionItem[];
  controls?: (a: ActionItem) => ReactNode;
}) {
  return <RecordTable table={ACTION_TABLE} rows={props.actions} controls={props.controls} />;
}

/** The measures' table; "Tracks" numbers the linked decisions and actions as the lists do. */
function measureTable({ decisions, actions }: Registers): TableSpec<Measure> {
  const ref = (ids: string[], list: { id: string }[], p: string) =>
    ids
      .map((id) => list.findIndex((x) => x.id === id))
      .filter((i) => i >= 0)
      .map((i) => `${p}${i + 1}`);
  return {
    name: 'Measures table',
    className: 'measures',
    caption: 'Measures',
    empty: 'No measures yet.',
    tag: 'M',
    head: 'Measure',
    title: (m) => m.name,
    columns: [
      { head: 'Baseline', cell: (m) => m.baseline, typed: true },
      { head: 'Target', cell: (m) => m.target, typed: true },
      { head: 'By when', cell: (m) => m.byWhen, typed: true },
      { head: 'Owner', cell: (m) => m.owner, typed: true },
      {
        head: 'Tracks',
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
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="registers-view">
      <H>Decisions</H>
      <DecisionList decisions={props.registers.decisions} />
      <H>Action items</H>
      <ActionTable actions={props.registers.actions} />
      <H>Measures</H>
      <MeasureTable registers={props.registers} />
    </div>
  );
}
