// Planned versus actual, live: ahead/behind for the day, the projected end, and the ledger.
import type * as Y from 'yjs';
import { useAgenda } from '../../stores/agendaStore';
import { useHostNow } from './useTimerDisplay';
import { dayReport, formatMinutes, scheduleWords, type LedgerRow } from './planVsActual';
import { formatTime } from '../../app/format';
import { t } from '../../i18n/t';
import { useT } from '../../i18n/useT';
import { ChartSvg } from '../charts/ChartSvg';
import { planChart, type PlanChartWords } from '../../../shared/charts/resultCharts';

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

/** The chart's title, for the console's card and the projector's charts screen. */
export const planChartTitle = (day: string) => t('timer.planChartTitle', { day });

/** The chart's words in the page's language (its numbers through ICU's `number`). */
export const planChartWords = (): PlanChartWords => ({
  rowHead: t('timer.ledger.block'),
  planned: t('timer.chart.planned'),
  actual: t('timer.chart.actual'),
  plannedText: (n) => t('timer.chart.plannedText', { n }),
  actualText: (n) => t('timer.chart.actualText', { n }),
  notRun: t('timer.chart.notRun'),
});

export function PlanVsActual({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const agenda = useAgenda(doc, (s) => s.agenda);
  const order = useAgenda(doc, (s) => s.order);
  const timer = useAgenda(doc, (s) => s.timer);
  const now = useHostNow(1000);
  const report = dayReport(agenda, timer, order, now);
  if (!report || report.day.blocks.length === 0) return null;
  const { projection: p, day, rows } = report;
  return (
    <section className="card plan-card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('timer.planHeading', { day: day.label })}</h2>
      <dl className="plan-summary">
        <div>
          <dt>{t('timer.scheduleLabel')}</dt>
          <dd className={`plan-status plan-${p.status.replace(' ', '-')}`} aria-live="polite">
            {scheduleWords(p)}
          </dd>
        </div>
        <div>
          <dt>{t('timer.plannedEnd')}</dt>
          <dd>{formatTime(p.plannedEndHostMs)}</dd>
        </div>
        <div>
          <dt>{t('timer.projectedEnd')}</dt>
          <dd data-testid="projected-end">{formatTime(p.projectedEndHostMs)}</dd>
        </div>
      </dl>
      {/* In the Agenda tab's narrow aside five columns do not fit: the table scrolls sideways in
          its own box rather than widening the page. */}
      <div
        className="ledger-scroll"
        // Focusable, so a keyboard can scroll it when it is narrower than the table.
        tabIndex={0}
        role="region"
        aria-label={t('timer.ledgerScrolls')}
      >
        <table className="ledger" aria-label={t('timer.ledger')}>
          <thead>
            <tr>
              <th scope="col">{t('timer.ledger.block')}</th>
              <th scope="col">{t('timer.ledger.planned')}</th>
              <th scope="col">{t('timer.ledger.actual')}</th>
              <th scope="col">{t('timer.ledger.changed')}</th>
              <th scope="col">{t('timer.ledger.overtime')}</th>
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
            planChart(planChartTitle(day.label), planRows(rows), w, f, planChartWords())
          }
        />
      )}
    </section>
  );
}
