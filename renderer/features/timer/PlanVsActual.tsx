// Planned versus actual, live: ahead/behind for the day, the projected end, and the ledger.
import type * as Y from 'yjs';
import { formatClockTime } from '../../../shared/model/timer/timerMath';
import { useAgenda } from '../../stores/agendaStore';
import { useHostNow } from './useTimerDisplay';
import { dayReport, formatMinutes, type LedgerRow } from './planVsActual';
import { ChartSvg } from '../charts/ChartSvg';
import { planChart } from '../../../shared/charts/resultCharts';

/** The blocks that have started, planned against actual minutes (added time counts as planned's
 * change, so it is in the ledger, not the chart). */
export const planRows = (rows: LedgerRow[]) =>
  rows
    .filter((r) => r.status !== 'not started')
    .map((r) => ({
      label: r.title,
      plannedMinutes: r.plannedMs / 60_000,
      actualMinutes: r.actualMs === null ? null : r.actualMs / 60_000,
    }));

export function PlanVsActual({ doc }: { doc: Y.Doc }) {
  const agenda = useAgenda(doc, (s) => s.agenda);
  const order = useAgenda(doc, (s) => s.order);
  const timer = useAgenda(doc, (s) => s.timer);
  const now = useHostNow(1000);
  const report = dayReport(agenda, timer, order, now);
  if (!report || report.day.blocks.length === 0) return null;
  const { projection: p, day, rows } = report;
  return (
    <section className="card plan-card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Planned vs actual · {day.label}</h2>
      <dl className="plan-summary">
        <div>
          <dt>Schedule</dt>
          <dd className={`plan-status plan-${p.status.replace(' ', '-')}`} aria-live="polite">
            {p.label}
          </dd>
        </div>
        <div>
          <dt>Planned end</dt>
          <dd>{formatClockTime(p.plannedEndHostMs)}</dd>
        </div>
        <div>
          <dt>Projected end</dt>
          <dd data-testid="projected-end">{formatClockTime(p.projectedEndHostMs)}</dd>
        </div>
      </dl>
      {/* In the Agenda tab's narrow aside five columns do not fit: the table scrolls sideways in
          its own box rather than widening the page. */}
      <div
        className="ledger-scroll"
        // Focusable, so a keyboard can scroll it when it is narrower than the table.
        tabIndex={0}
        role="region"
        aria-label="Ledger, scrolls sideways when narrow"
      >
        <table className="ledger" aria-label="Ledger">
          <thead>
            <tr>
              <th scope="col">Block</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
              <th scope="col">Added or set</th>
              <th scope="col">Overtime</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.status !== 'not started')
              .map((r) => (
                <tr key={r.blockId} data-status={r.status}>
                  <th scope="row">{r.title}</th>
                  <td>{formatMinutes(r.plannedMs)}</td>
                  <td>{formatMinutes(r.actualMs)}</td>
                  <td>{r.changed ?? '—'}</td>
                  <td>{r.overtimeMs > 0 ? formatMinutes(r.overtimeMs) : '—'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {rows.some((r) => r.status !== 'not started') && (
        <ChartSvg
          testId="plan-chart"
          make={(w, f) =>
            planChart(`Planned and actual minutes per block, ${day.label}`, planRows(rows), w, f)
          }
        />
      )}
    </section>
  );
}
