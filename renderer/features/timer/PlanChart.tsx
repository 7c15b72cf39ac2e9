// Planned against actual minutes per block of the day the timer is in, as a chart (the
// projector's charts screen; the console's Planned vs actual card draws the same beside its ledger).
import type * as Y from 'yjs';
import { useAgenda } from '../../stores/agendaStore';
import { useHostNow } from './useTimerDisplay';
import { dayReport } from './planVsActual';
import { planChartTitle, planChartWords, planRows } from './PlanVsActual';
import { useT } from '../../i18n/useT';
import { ChartSvg } from '../charts/ChartSvg';
import { planChart } from '../../../shared/charts/resultCharts';

export function PlanChart({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const agenda = useAgenda(doc, (s) => s.agenda);
  const order = useAgenda(doc, (s) => s.order);
  const timer = useAgenda(doc, (s) => s.timer);
  const now = useHostNow(1000);
  const report = dayReport(agenda, timer, order, now);
  const rows = report ? planRows(report.rows) : [];
  if (!report || !rows.length) return <p>{t('timer.noBlockRun')}</p>;
  return (
    <ChartSvg
      testId="plan-chart"
      make={(w, f) => planChart(planChartTitle(report.day.label), rows, w, f, planChartWords())}
    />
  );
}
