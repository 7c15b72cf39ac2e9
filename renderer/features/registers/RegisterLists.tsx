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

export function ActionTable(props: {
  actions: ActionItem[];
  controls?: (a: ActionItem) => ReactNode;
}) {
  if (!props.actions.length) return <p className="muted">No action items yet.</p>;
  return (
    // Scrolls sideways inside its card when narrow; focusable so a keyboard can scroll it.
    <div className="table-wrap" role="region" aria-label="Action items table" tabIndex={0}>
      <table className="raci">
        <caption className="visually-hidden">Action items with RACI</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Action</th>
            <th scope="col">Responsible</th>
            <th scope="col">Accountable</th>
            <th scope="col">Consulted</th>
            <th scope="col">Informed</th>
            <th scope="col">Due</th>
            <th scope="col">Success measure</th>
            <th scope="col">Status</th>
            {props.controls && <th scope="col">Edit</th>}
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a, i) => (
            <tr key={a.id}>
              <td data-label="#">A{i + 1}</td>
              <th scope="row" dir="auto">
                {a.title}
              </th>
              <td dir="auto" data-label="Responsible">
                {a.responsible}
              </td>
              <td dir="auto" data-label="Accountable">
                {a.accountable}
              </td>
              <td dir="auto" data-label="Consulted">
                {a.consulted.join(', ')}
              </td>
              <td dir="auto" data-label="Informed">
                {a.informed.join(', ')}
              </td>
              <td data-label="Due">{a.due ?? ''}</td>
              <td dir="auto" data-label="Success measure">
                {a.successMeasure}
              </td>
              <td data-label="Status">{a.status}</td>
              {props.controls && <td>{props.controls(a)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MeasureTable(props: {
  registers: Registers;
  controls?: (m: Measure) => ReactNode;
}) {
  const { measures, decisions, actions } = props.registers;
  if (!measures.length) return <p className="muted">No measures yet.</p>;
  const ref = (ids: string[], list: { id: string }[], p: string) =>
    ids
      .map((id) => list.findIndex((x) => x.id === id))
      .filter((i) => i >= 0)
      .map((i) => `${p}${i + 1}`);
  return (
    <div className="table-wrap" role="region" aria-label="Measures table" tabIndex={0}>
      <table className="measures">
        <caption className="visually-hidden">Measures</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Measure</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">By when</th>
            <th scope="col">Owner</th>
            <th scope="col">Tracks</th>
            {props.controls && <th scope="col">Edit</th>}
          </tr>
        </thead>
        <tbody>
          {measures.map((m, i) => (
            <tr key={m.id}>
              <td data-label="#">M{i + 1}</td>
              <th scope="row" dir="auto">
                {m.name}
              </th>
              <td dir="auto" data-label="Baseline">
                {m.baseline}
              </td>
              <td dir="auto" data-label="Target">
                {m.target}
              </td>
              <td dir="auto" data-label="By when">
                {m.byWhen}
              </td>
              <td dir="auto" data-label="Owner">
                {m.owner}
              </td>
              <td data-label="Tracks">
                {[...ref(m.decisionIds, decisions, 'D'), ...ref(m.actionIds, actions, 'A')].join(
                  ', ',
                )}
              </td>
              {props.controls && <td>{props.controls(m)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
